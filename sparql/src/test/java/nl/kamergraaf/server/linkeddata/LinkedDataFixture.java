package nl.kamergraaf.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.BundledStore;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.vocab.KG;

/**
 * One real server for the linked-data tests: the bundled data/ mapped with the default base
 * {@code http://localhost:3030} and loaded into a TDB2 store in a temp folder (a copy of BundledStore's template),
 * plus a few test records (a tombstone, a document whose title is markup and which mentions a thing whose label is a
 * script, a fractie with more votes than fit on one page), served by Fuseki on a free port. The server's port differs from the data's base on purpose: the pages must work by path, whatever the host.
 * Shared by the test classes of one JVM run and stopped when the JVM ends.
 */
final class LinkedDataFixture {
    static final String BASE = "http://localhost:3030";
    static final String LETTER = BASE + "/id/document/2024D50227";
    static final String DELETED = BASE + "/id/document/2099D00001";
    static final String MARKUP_TITLED = BASE + "/id/document/2099D00002";
    static final String MARKUP_TITLE = "<script>document.title='pwned'</script>";
    /** A thing the markup-titled document mentions, whose label is a script: a value's label must be text too. */
    static final String SCRIPT_LABELLED = BASE + "/id/entiteit/test-script-label";
    static final String SCRIPT_LABEL = "<script>document.title='pwned by a label'</script>";
    static final String FRACTIE = BASE + "/id/fractie/0f000000-0000-4000-8000-000000000001";
    static final int FRACTIE_VOTES = 250;
    static final String ZEEDIJK = BASE + "/id/persoon/7af39711-d57a-490f-86c9-26ea532e8ed0";
    static final String DASSEN = BASE + "/id/persoon/a68468b6-51ea-440c-9387-b44ba10ad8b6";
    static final String CHIPS_ACT = "http://data.europa.eu/eli/reg/2023/1781/oj";

    private static LinkedDataFixture shared;

    final KamergraafServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Path dir;

    private LinkedDataFixture() throws IOException {
        dir = Files.createTempDirectory("kamergraaf-linkeddata-");
        // data/ as BundledStore's template loaded it (mapped once per JVM), the test records added in one write
        // transaction of the full-text dataset, which indexes their words as a load would.
        DatasetGraph dataset = KamergraafDataset.openCurrentWithTextIndex(BundledStore.copy(dir));
        Txn.executeWrite(dataset, () -> writeTestRecords(StreamRDFLib.dataset(dataset)));
        server = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(dataset).port(0).base(BASE).storeRoot(dir).build().start();
    }

    static synchronized LinkedDataFixture get() throws IOException {
        if (shared == null) {
            shared = new LinkedDataFixture();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** {@link #get()} for a static field's initializer: the shared fixture, started on first use. */
    static LinkedDataFixture shared() {
        try {
            return get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The linked-data fixture did not start", e);
        }
    }

    /** The server URL of a root-relative path. */
    String url(String path) {
        return server.baseUrl() + path;
    }

    /** The server URL where an IRI of the data's base answers. */
    String serverUrlOf(String iri) {
        if (!iri.startsWith(BASE + "/")) throw new IllegalArgumentException("Not under the base: " + iri);
        return server.baseUrl() + iri.substring(BASE.length());
    }

    HttpResponse<byte[]> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Dereferences an IRI as a client asking for one format does: 303 See Other, then the description document it
     * points to, which must answer 200 in that format. Returns that answer.
     */
    HttpResponse<byte[]> negotiate(String iri, Representation format) throws IOException, InterruptedException {
        HttpResponse<byte[]> see = get(serverUrlOf(iri), "Accept", format.mediaType());
        assertEquals(303, see.statusCode());
        return answeredIn(format, get(url(see.headers().firstValue("Location").orElseThrow()), "Accept", format.mediaType()));
    }

    /** GETs a description document by the URL with its format's suffix, asking for HTML: the suffix must win. */
    HttpResponse<byte[]> bySuffix(String url, Representation format) throws IOException, InterruptedException {
        return answeredIn(format, get(url, "Accept", "text/html"));
    }

    private static HttpResponse<byte[]> answeredIn(Representation format, HttpResponse<byte[]> r) {
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
        return r;
    }

    private static void writeTestRecords(StreamRDF out) {
        Node tombstone = NodeFactory.createURI(KG.NS + "VerwijderdRecord");
        Node deletedGraph = uri(BASE + "/graph/odata-document/0d000000-0000-4000-8000-000000000001");
        out.quad(Quad.create(deletedGraph, uri(DELETED), RDF.type.asNode(), tombstone));
        // as the mapper writes it: with the super-class its alignment materialises, which does not make it live
        out.quad(Quad.create(deletedGraph, uri(DELETED), RDF.type.asNode(), uri("http://www.w3.org/ns/prov#Entity")));
        out.quad(Quad.create(deletedGraph, uri(DELETED), uri("http://www.w3.org/ns/prov#invalidatedAtTime"),
                NodeFactory.createLiteralDT("2025-01-02T03:04:05Z", XSDDatatype.XSDdateTime)));
        out.quad(Quad.create(deletedGraph, uri(DELETED), DCTerms.identifier.asNode(),
                NodeFactory.createLiteralString("0d000000-0000-4000-8000-000000000001")));

        Node markupGraph = uri(BASE + "/graph/test/2099D00002");
        Node doc = uri(MARKUP_TITLED);
        out.quad(Quad.create(markupGraph, doc, RDF.type.asNode(), KG.Document));
        out.quad(Quad.create(markupGraph, doc, RDFS.label.asNode(), NodeFactory.createLiteralLang(MARKUP_TITLE, "nl")));
        out.quad(Quad.create(markupGraph, doc, KG.titel, NodeFactory.createLiteralLang("<img src=x onerror=\"document.title='pwned'\">", "nl")));
        out.quad(Quad.create(markupGraph, doc, KG.ondertekenaar, uri(ZEEDIJK)));
        out.quad(Quad.create(markupGraph, doc, KG.noemt, uri(SCRIPT_LABELLED)));
        out.quad(Quad.create(markupGraph, uri(SCRIPT_LABELLED), RDFS.label.asNode(), NodeFactory.createLiteralLang(SCRIPT_LABEL, "nl")));

        Node fractieGraph = uri(BASE + "/graph/test/fractie");
        Node fractie = uri(FRACTIE);
        out.quad(Quad.create(fractieGraph, fractie, RDF.type.asNode(), NodeFactory.createURI(KG.NS + "Fractie")));
        out.quad(Quad.create(fractieGraph, fractie, RDFS.label.asNode(), NodeFactory.createLiteralLang("Testfractie", "nl")));
        for (int i = 1; i <= FRACTIE_VOTES; i++) {
            Node vote = uri(String.format(Locale.ROOT, "%s/id/stemming/0e000000-0000-4000-8000-%012d", BASE, i));
            out.quad(Quad.create(fractieGraph, vote, RDF.type.asNode(), NodeFactory.createURI(KG.NS + "Stemming")));
            out.quad(Quad.create(fractieGraph, vote, NodeFactory.createURI(KG.NS + "fractie"), fractie));
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /**
     * Runs as a JVM shutdown hook: stops the server and removes the temp folder. The database is not expelled here:
     * TDB2's own shutdown may already have run, and the process is ending anyway.
     */
    private void stop() {
        server.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
