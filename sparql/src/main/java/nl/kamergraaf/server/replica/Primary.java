package nl.kamergraaf.server.replica;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import nl.kamergraaf.mapper.xml.HardenedXml;
import nl.kamergraaf.vocab.Prefixes;

/**
 * The primary as a replica sees it, over plain HTTP: its DCAT catalog ({@code /catalog}), the release files
 * ({@code /dumps/...}), its change feed ({@code /changes}), one record graph's content ({@code /doc/graph/....nq})
 * and where its change log stands ({@link ReplicationExtension#POSITION_PATH}).
 */
public final class Primary {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern GRAPH_IN_CONTENT = Pattern.compile("graph (\\S+); sequence");
    private static final Pattern SEQ_IN_ID = Pattern.compile("[?&]seq=(\\d+)$");
    private static final String NQUADS_MEDIA_TYPE = "http://www.iana.org/assignments/media-types/application/n-quads";

    private final URI root;
    private final String base;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param root where the primary answers, e.g. {@code http://127.0.0.1:3030}
     * @param base the base IRI the data was minted under (record graphs are {@code <base>/graph/...})
     */
    public Primary(URI root, String base, Duration timeout) {
        String r = root.toString();
        this.root = URI.create(r.endsWith("/") ? r.substring(0, r.length() - 1) : r);
        if (!"http".equals(this.root.getScheme()) && !"https".equals(this.root.getScheme())) {
            throw new IllegalArgumentException("The primary must be an http(s) URL, got '" + root + "'");
        }
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public URI root() {
        return root;
    }

    /** The N-Quads distribution of the latest release, or empty while the primary has published none. */
    public Optional<PrimaryRelease> latestRelease() throws IOException {
        byte[] turtle = get("/catalog", "text/turtle").orElseThrow(() -> new IOException(root + "/catalog: not found"));
        Model catalog = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).base(root + "/catalog").parse(catalog);
        String query = Prefixes.sparql("dcat", "spdx") + """
                SELECT ?url ?sum {
                  ?d dcat:downloadURL ?url ; dcat:mediaType <%s> ; spdx:checksum ?c .
                  ?c spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sum .
                } ORDER BY DESC(STR(?url))""".formatted(NQUADS_MEDIA_TYPE);
        try (QueryExecution qe = QueryExecution.model(catalog).query(query).build()) {
            ResultSet rs = qe.execSelect();
            if (!rs.hasNext()) return Optional.empty();
            QuerySolution row = rs.next();
            // The catalog names the public URL; the file is fetched from the primary itself, at the same path.
            String path = URI.create(row.getResource("url").getURI()).getRawPath();
            String[] parts = path.split("/");
            if (parts.length < 3 || !"dumps".equals(parts[parts.length - 3])) {
                throw new IOException(root + "/catalog: the N-Quads download " + path + " is not under /dumps/<release>/");
            }
            String id = ReleasePositions.checkedId(parts[parts.length - 2]);
            return Optional.of(new PrimaryRelease(id, URI.create(root + "/dumps/" + id + "/" + parts[parts.length - 1]),
                    row.getLiteral("sum").getLexicalForm().toLowerCase()));
        }
    }

    /** Where the change log stands; with a release id also the position that release was cut at (if the served build wrote it). */
    public PrimaryPosition position(Optional<String> release) throws IOException {
        String path = ReplicationExtension.POSITION_PATH + release.map(r -> "?release=" + ReleasePositions.checkedId(r)).orElse("");
        Optional<byte[]> body = get(path, "application/json");
        if (body.isEmpty()) {
            if (release.isPresent()) return new PrimaryPosition("", -1, OptionalLong.empty());
            throw new IOException(root + path + ": not found (is it a Kamergraaf server with a store?)");
        }
        JsonNode o = JSON.readTree(body.get());
        return new PrimaryPosition(o.path("lineage").asText(), o.path("committed").asLong(),
                o.has("after") ? OptionalLong.of(o.get("after").asLong()) : OptionalLong.empty());
    }

    /** The changes after sequence number {@code after}, one feed page. */
    public ChangeBatch changesAfter(long after) throws IOException {
        byte[] atom = get("/changes?after=" + after, "application/atom+xml")
                .orElseThrow(() -> new IOException(root + "/changes: not found"));
        try {
            return parseFeed(atom);
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException(root + "/changes?after=" + after + ": not a change feed page: " + e.getMessage(), e);
        }
    }

    /** The whole content of one record graph as N-Quads, or empty when the primary holds no such graph (any more). */
    public Optional<byte[]> graph(String graphIri) throws IOException {
        if (!graphIri.startsWith(base + "/graph/")) {
            throw new IOException("The change feed names graph " + graphIri + ", which is not under " + base + "/graph/ (is --base the primary's?)");
        }
        return get("/doc" + graphIri.substring(base.length()) + ".nq", "application/n-quads");
    }

    /** Downloads a release file to {@code target}. */
    public void download(URI file, Path target) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(file).timeout(Duration.ofHours(1)).GET().build();
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) throw new IOException(file + ": HTTP " + response.statusCode());
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Optional<byte[]> get(String path, String accept) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path)).timeout(timeout).header("Accept", accept).GET().build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 404) return Optional.empty();
        if (response.statusCode() != 200) throw new IOException(root + path + ": HTTP " + response.statusCode());
        return Optional.of(response.body());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while asking " + request.uri(), e);
        }
    }

    static ChangeBatch parseFeed(byte[] atom) throws XMLStreamException {
        XMLStreamReader r = HardenedXml.reader(new ByteArrayInputStream(atom));
        List<Change> changes = new ArrayList<>();
        boolean more = false;
        boolean inEntry = false;
        String id = null, iri = null, term = null, content = null;
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (!ATOM.equals(r.getNamespaceURI())) continue;
                String name = r.getLocalName();
                if (name.equals("entry")) {
                    inEntry = true;
                    id = iri = term = content = null;
                } else if (name.equals("link") && !inEntry && depth == 2 && "next".equals(r.getAttributeValue(null, "rel"))) {
                    more = true;
                } else if (inEntry && name.equals("link")) {
                    iri = r.getAttributeValue(null, "href");
                } else if (inEntry && name.equals("category")) {
                    term = r.getAttributeValue(null, "term");
                } else if (inEntry && name.equals("id")) {
                    id = r.getElementText();
                    depth--;
                } else if (inEntry && name.equals("content")) {
                    content = r.getElementText();
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (ATOM.equals(r.getNamespaceURI()) && r.getLocalName().equals("entry")) {
                    inEntry = false;
                    changes.add(entry(id, iri, term, content));
                }
            }
        }
        return new ChangeBatch(List.copyOf(changes), more);
    }

    private static Change entry(String id, String iri, String term, String content) {
        Matcher seq = SEQ_IN_ID.matcher(id == null ? "" : id);
        Matcher graph = GRAPH_IN_CONTENT.matcher(content == null ? "" : content);
        if (!seq.find() || !graph.find() || iri == null || !("changed".equals(term) || "deleted".equals(term))) {
            throw new IllegalArgumentException("an entry lacks its sequence number, IRI, kind or graph (id " + id + ")");
        }
        return new Change(Long.parseLong(seq.group(1)), iri, graph.group(1), "deleted".equals(term));
    }
}
