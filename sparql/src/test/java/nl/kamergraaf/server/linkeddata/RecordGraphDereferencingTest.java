package nl.kamergraaf.server.linkeddata;

import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.BASE;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.DELETED;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.LETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.eclipse.rdf4j.rio.Rio;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Record graph IRIs ({@code {base}/graph/{kind}/{key}}) dereference like thing IRIs: 303 to a description document in
 * every format, which says what the record is (type, source, modified) and which things it describes, page by page;
 * TriG and N-Quads give the record's whole content; an unknown graph is 404. Checked over real HTTP, the answers
 * parsed (by Jena and by RDF4J Rio) and compared with what the store's SPARQL endpoint says.
 */
class RecordGraphDereferencingTest {
    /** An OData document record: the document 2025D18359 and the concept of its soort. */
    static final String DOC_GRAPH = BASE + "/graph/odata-document/bd76df64-60b2-4e77-86bf-4cd2a4d5560a";
    static final String DOC_GRAPH_PAGE = "/doc/graph/odata-document/bd76df64-60b2-4e77-86bf-4cd2a4d5560a";
    static final String DOC_THING = BASE + "/id/document/2025D18359";
    /** The seed letter's mirror page. */
    static final String PAGE_GRAPH = BASE + "/graph/pagina/2024D50227";
    /** The test fractie and its 250 votes: more things than a page holds. */
    static final String FRACTIE_GRAPH = BASE + "/graph/test/fractie";
    static final String FRACTIE_GRAPH_PAGE = "/doc/graph/test/fractie";

    static LinkedDataFixture fx;

    @BeforeAll
    static void server() throws Exception {
        fx = LinkedDataFixture.get();
    }

    static Stream<Representation> descriptionRdfFormats() {
        return Representation.DESCRIPTIONS.stream().filter(Representation::isRdf);
    }

    @Test
    void aRecordGraphIriAnswers303SeeOtherToItsDescriptionDocument() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.serverUrlOf(PAGE_GRAPH), "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/graph/pagina/2024D50227", r.headers().firstValue("Location").orElseThrow());
        assertEquals("/doc/graph/pagina/2024D50227.html?page=2",
                fx.get(fx.serverUrlOf(PAGE_GRAPH) + ".html?page=2").headers().firstValue("Location").orElseThrow(),
                "a suffix names a format, and the page asked for is kept");
        assertEquals("/doc/graph/pagina/2024D50227.nq",
                fx.get(fx.serverUrlOf(PAGE_GRAPH) + ".nq").headers().firstValue("Location").orElseThrow());
    }

    @ParameterizedTest(name = "Accept: {0}")
    @MethodSource("descriptionRdfFormats")
    void theRecordsDescriptionByAcceptSaysWhatTheRecordIsAndWhatItDescribes(Representation format) throws Exception {
        HttpResponse<byte[]> see = fx.get(fx.serverUrlOf(DOC_GRAPH), "Accept", format.mediaType());
        assertEquals(303, see.statusCode());
        HttpResponse<byte[]> r = fx.get(fx.url(see.headers().firstValue("Location").orElseThrow()), "Accept", format.mediaType());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
        assertEquals(DOC_GRAPH_PAGE + "." + format.suffix(), r.headers().firstValue("Content-Location").orElseThrow());
        assertTheDocumentRecordsDescription(new ParsedAnswer(r.body(), format, fx.url(DOC_GRAPH_PAGE)));
    }

    @ParameterizedTest(name = "suffix .{0}")
    @MethodSource("descriptionRdfFormats")
    void theRecordsDescriptionBySuffixIsTheSameWhateverTheAcceptHeader(Representation format) throws Exception {
        String url = fx.url(DOC_GRAPH_PAGE + "." + format.suffix());
        HttpResponse<byte[]> r = fx.get(url, "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
        assertTheDocumentRecordsDescription(new ParsedAnswer(r.body(), format, url));
    }

    private static void assertTheDocumentRecordsDescription(ParsedAnswer a) {
        assertTrue(a.ask("ASK { <" + DOC_GRAPH + "> a kg:Bronrecord ; dct:source \"document/document_page_100_fullterm_20251003_000140.json\" ; "
                + "dct:modified \"2025-06-12T11:28:08.7878643Z\"^^xsd:dateTime }"), "the record's own statements");
        assertTrue(a.ask("ASK { <" + DOC_GRAPH + "> a prov:Entity }"), "its provenance class");
        assertTrue(a.ask("ASK { <" + DOC_GRAPH + "> foaf:topic <" + DOC_THING + "> . <" + DOC_THING + "> rdfs:label \"Memorie van toelichting\"@nl }"),
                "the thing it describes, with its label");
        assertTrue(a.ask("ASK { <" + BASE + DOC_GRAPH_PAGE + "> foaf:primaryTopic <" + DOC_GRAPH + "> }"), "the document says what it is about");
        long subjects = distinctSubjects(DOC_GRAPH);
        assertEquals(2, subjects, "the document and the concept of its soort");
        assertTrue(a.ask("ASK { <" + BASE + DOC_GRAPH_PAGE + "#topics> a hydra:Collection ; hydra:totalItems " + subjects + " }"));
        assertEquals(subjects, a.jena.listObjectsOfProperty(a.jena.createResource(DOC_GRAPH),
                a.jena.createProperty(FOAF.topic.getURI())).toList().size());
        assertTrue(a.rioHas(DOC_GRAPH, FOAF.topic.getURI(), DOC_THING), "Rio reads the same");
    }

    @Test
    void theRecordsHtmlPageListsWhatItDescribesAndLinksToItsWholeContent() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url(DOC_GRAPH_PAGE), "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Bronrecord odata-document/bd76df64-60b2-4e77-86bf-4cd2a4d5560a</h1>"), html);
        assertTrue(html.contains("<h2>Beschrijft (2)</h2>"), html);
        assertTrue(html.contains("<a href=\"/id/document/2025D18359\">Memorie van toelichting</a>"), html);
        assertTrue(html.contains("href=\"" + DOC_GRAPH_PAGE + ".trig\" type=\"application/trig\""), html);
        assertTrue(html.contains("href=\"" + DOC_GRAPH_PAGE + ".nq\" type=\"application/n-quads\""), html);
        assertTrue(html.contains("<span>document/document_page_100_fullterm_20251003_000140.json</span>"), "its source");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Representation.class, names = {"TRIG", "NQUADS"})
    void theRecordsWholeContentByAcceptAndBySuffixHoldsExactlyTheQuadsOfItsGraph(Representation format) throws Exception {
        HttpResponse<byte[]> see = fx.get(fx.serverUrlOf(PAGE_GRAPH), "Accept", format.mediaType());
        assertEquals(303, see.statusCode());
        String negotiatedUrl = fx.url(see.headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> negotiated = fx.get(negotiatedUrl, "Accept", format.mediaType());
        HttpResponse<byte[]> bySuffix = fx.get(fx.url("/doc/graph/pagina/2024D50227." + format.suffix()), "Accept", "text/html");

        Set<Quad> stored = storedQuads(PAGE_GRAPH);
        assertTrue(stored.size() > 400, "the letter's page is a record of some size: " + stored.size());
        for (HttpResponse<byte[]> r : List.of(negotiated, bySuffix)) {
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
            DatasetGraph parsed = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(format.lang()).base(negotiatedUrl).parse(parsed);
            Set<Quad> quads = new HashSet<>();
            parsed.find().forEachRemaining(quads::add);
            assertEquals(stored, quads);
            org.eclipse.rdf4j.model.Model rio = Rio.parse(new ByteArrayInputStream(r.body()), negotiatedUrl, ParsedAnswer.rioFormat(format));
            assertEquals(stored.size(), rio.size(), "Rio reads as many quads");
            assertEquals(Set.of(PAGE_GRAPH), rio.contexts().stream().map(Object::toString).collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals("/doc/graph/pagina/2024D50227." + format.suffix(), negotiated.headers().firstValue("Content-Location").orElseThrow());
        assertEquals(304, fx.get(negotiatedUrl, "Accept", format.mediaType(), "If-None-Match",
                negotiated.headers().firstValue("ETag").orElseThrow()).statusCode(), "revalidated like any document");
    }

    @Test
    void aThingsDescriptionNamesTheRecordsItsStatementsComeFrom() throws Exception {
        Set<String> graphs = new HashSet<>();
        select("SELECT DISTINCT ?g { GRAPH ?g { <" + LETTER + "> ?p ?o } }", s -> graphs.add(s.getResource("g").getURI()));
        assertTrue(graphs.contains(PAGE_GRAPH), graphs::toString);

        ParsedAnswer a = new ParsedAnswer(fx.get(fx.url("/doc/document/2024D50227.ttl")).body(), Representation.TURTLE,
                fx.url("/doc/document/2024D50227"));
        Set<String> named = new HashSet<>();
        a.jena.listSubjectsWithProperty(a.jena.createProperty(FOAF.topic.getURI()), a.jena.createResource(LETTER))
                .forEach(g -> named.add(g.getURI()));
        assertEquals(graphs, named);

        String html = new String(fx.get(fx.url("/doc/document/2024D50227.html")).body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h2>Bronrecords</h2>"), html);
        assertTrue(html.contains("<a href=\"/graph/pagina/2024D50227\">pagina/2024D50227</a>"), html);
    }

    @Test
    void theThingsOfALargeRecordArePagedAndAllPagesTogetherHoldEachOnce() throws Exception {
        int size = LinkedDataExtension.DEFAULT_PAGE_SIZE;
        long total = distinctSubjects(FRACTIE_GRAPH);
        assertEquals(LinkedDataFixture.FRACTIE_VOTES + 1, total, "the fractie and its votes");
        int pages = (int) ((total + size - 1) / size);

        Model all = ModelFactory.createDefaultModel();
        for (int p = 1; p <= pages; p++) {
            String path = FRACTIE_GRAPH_PAGE + ".ttl" + (p > 1 ? "?page=" + p : "");
            HttpResponse<byte[]> r = fx.get(fx.url(path));
            assertEquals(200, r.statusCode(), path);
            ParsedAnswer a = new ParsedAnswer(r.body(), Representation.TURTLE, fx.url(path));
            long onPage = a.jena.listObjectsOfProperty(a.jena.createResource(FRACTIE_GRAPH), a.jena.createProperty(FOAF.topic.getURI())).toList().size();
            assertEquals(p < pages ? size : total - (long) (pages - 1) * size, onPage, "things on page " + p);
            assertTrue(a.ask("ASK { <" + BASE + FRACTIE_GRAPH_PAGE + "#topics> hydra:totalItems " + total + " }"));
            assertEquals(p < pages, a.ask("ASK { ?view hydra:next ?next }"), "a next page while there is one");
            all.add(a.jena);
        }
        Set<String> described = new HashSet<>();
        all.listObjectsOfProperty(all.createResource(FRACTIE_GRAPH), all.createProperty(FOAF.topic.getURI()))
                .forEach(n -> described.add(n.asResource().getURI()));
        Set<String> subjects = new HashSet<>();
        select("SELECT DISTINCT ?s { GRAPH <" + FRACTIE_GRAPH + "> { ?s ?p ?o } }", s -> subjects.add(s.getResource("s").getURI()));
        assertEquals(subjects, described);
        assertEquals(404, fx.get(fx.url(FRACTIE_GRAPH_PAGE + ".ttl?page=" + (pages + 1))).statusCode());

        String html = new String(fx.get(fx.url(FRACTIE_GRAPH_PAGE + ".html?page=2")).body(), StandardCharsets.UTF_8);
        assertEquals(FRACTIE_GRAPH_PAGE + ".html?page=3", Jsoup.parse(html).selectFirst("a[rel=next]").attr("href"), html);
    }

    @Test
    void aDeletedRecordsGraphIsStillARecordThatDescribesItsTombstone() throws Exception {
        String graph = BASE + "/graph/odata-document/0d000000-0000-4000-8000-000000000001";
        HttpResponse<byte[]> r = fx.get(fx.url("/doc/graph/odata-document/0d000000-0000-4000-8000-000000000001.ttl"));
        assertEquals(200, r.statusCode(), "the record is there; the thing it describes is gone");
        ParsedAnswer a = new ParsedAnswer(r.body(), Representation.TURTLE, BASE);
        assertTrue(a.ask("ASK { <" + graph + "> foaf:topic <" + DELETED + "> }"));
    }

    @Test
    void anUnknownRecordGraphAnswers404AndTheWholeRecordFormatsAreNoFormatsOfAThing() throws Exception {
        String unknown = "/graph/odata-document/00000000-0000-4000-8000-000000000000";
        assertEquals(404, fx.get(fx.url(unknown)).statusCode());
        assertEquals(404, fx.get(fx.url(unknown + ".nq")).statusCode());
        assertEquals(404, fx.get(fx.url("/doc" + unknown)).statusCode());
        assertEquals(404, fx.get(fx.url("/doc" + unknown + ".trig")).statusCode());
        assertEquals(404, fx.get(fx.url("/doc" + unknown), "Accept", "application/n-quads").statusCode());
        assertEquals(404, fx.get(fx.url("/graph/")).statusCode());
        assertEquals(404, fx.get(fx.url("/doc/graph/pagina/2024D50227.nq?page=2")).statusCode(), "the whole record has one page");

        assertEquals(404, fx.get(fx.url("/doc/document/2024D50227.nq")).statusCode(), ".nq names no format of a thing's document");
        assertEquals(406, fx.get(fx.url("/doc/document/2024D50227"), "Accept", "application/n-quads").statusCode());
    }

    /** The store's quads of one graph, asked over the server's SPARQL endpoint. */
    private static Set<Quad> storedQuads(String graph) {
        Node g = NodeFactory.createURI(graph);
        Set<Quad> quads = new HashSet<>();
        select("SELECT ?s ?p ?o { GRAPH <" + graph + "> { ?s ?p ?o } }",
                s -> quads.add(Quad.create(g, s.get("s").asNode(), s.get("p").asNode(), s.get("o").asNode())));
        return quads;
    }

    private static long distinctSubjects(String graph) {
        long[] n = {0};
        select("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } FILTER(?s != <" + graph + ">) }",
                s -> n[0] = s.getLiteral("n").getLong());
        return n[0];
    }

    private static void select(String query, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(fx.server.sparqlUrl()).query(query).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }
}
