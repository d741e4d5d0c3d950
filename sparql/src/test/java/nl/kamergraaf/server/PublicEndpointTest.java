package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.BundledStore;

/**
 * The endpoint is safe to put on the internet: nothing can change the data, there is no admin API, the server
 * fetches nothing for a caller, answers are capped; and it is useful to tools: CORS, every SPARQL 1.1 result
 * format, RDF formats for CONSTRUCT/DESCRIBE, and a Service Description. All through a real Fuseki on a free port.
 */
class PublicEndpointTest {
    private static final String LETTER = "http://localhost:3030/id/document/2024D50227";
    private static final String SD = ServiceDescription.SD;

    static BundledStore store;
    static KamergraafServer server;

    @BeforeAll
    static void serve() throws Exception {
        store = BundledStore.shared();
        server = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static long quadCount() throws Exception {
        HttpResponse<String> r = Http.query(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void updatesAreRefusedOnEveryPathAndChangeNothing() throws Exception {
        long before = quadCount();
        String insert = "INSERT DATA { <http://example.org/x> <http://example.org/p> 1 }";
        List<String> refused = new ArrayList<>();
        for (String path : List.of("/sparql", "/get", "/update", "/query", "/", "/$/update", "/ds/update", "/id/document/2024D50227")) {
            for (String drop : List.of("DROP ALL", insert)) {
                refused.add(path + " " + status(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(drop))));
                refused.add(path + " form " + status(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + java.net.URLEncoder.encode(drop, StandardCharsets.UTF_8)))));
            }
            // Graph Store Protocol writes: replace, add to and delete the default graph.
            String turtle = "<http://example.org/x> <http://example.org/p> 1 .";
            refused.add(path + " PUT " + status(HttpRequest.newBuilder(URI.create(server.baseUrl() + path + "?default"))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle))));
            refused.add(path + " POST turtle " + status(HttpRequest.newBuilder(URI.create(server.baseUrl() + path + "?default"))
                    .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(turtle))));
            refused.add(path + " DELETE " + status(HttpRequest.newBuilder(URI.create(server.baseUrl() + path + "?default")).DELETE()));
        }
        for (String r : refused) {
            int status = Integer.parseInt(r.substring(r.lastIndexOf(' ') + 1));
            assertTrue(status >= 400 && status < 500, "a write was not refused with 4xx: " + r);
        }
        assertEquals(before, quadCount(), "the data is unchanged");
        HttpResponse<String> x = Http.query(server.sparqlUrl(), "ASK { <http://example.org/x> ?p ?o }", "application/sparql-results+json");
        assertTrue(x.body().contains("false"), x.body());
    }

    /** Only /$/ping (a health check that reads nothing) is under /$/; none of Fuseki's admin operations. */
    @ParameterizedTest
    @ValueSource(strings = {"/$/server", "/$/datasets", "/$/stats", "/$/metrics", "/$/backup/", "/$/compact/", "/$/tasks"})
    void thereIsNoAdminApi(String path) throws Exception {
        int get = status(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET());
        int post = status(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).POST(HttpRequest.BodyPublishers.noBody()));
        assertTrue(get >= 400 && get < 500, path + " answered GET with " + get);
        assertTrue(post >= 400 && post < 500, path + " answered POST with " + post);
    }

    @Test
    void aServiceCallIsRefusedAndFetchesNothing() throws Exception {
        // A listener that counts what the server would fetch, to prove nothing is fetched at all.
        AtomicInteger fetched = new AtomicInteger();
        HttpServer trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", ex -> { fetched.incrementAndGet(); ex.sendResponseHeaders(500, -1); ex.close(); });
        trap.start();
        try {
            for (String target : List.of("http://127.0.0.1:1/", "http://127.0.0.1:" + trap.getAddress().getPort() + "/sparql")) {
                HttpResponse<String> r = Http.query(server.sparqlUrl(),
                        "SELECT * { SERVICE <" + target + "> { ?s ?p ?o } } LIMIT 1", "application/sparql-results+json");
                assertTrue(r.statusCode() >= 400, "SERVICE <" + target + "> answered " + r.statusCode() + ": " + r.body());
                HttpResponse<String> silent = Http.query(server.sparqlUrl(),
                        "SELECT * { SERVICE SILENT <" + target + "> { ?s ?p ?o } } LIMIT 1", "application/sparql-results+json");
                assertFalse(silent.body().contains("\"s\" :") && silent.body().contains("\"value\""), "SERVICE SILENT returned data");
            }
        } finally {
            trap.stop(0);
        }
        assertEquals(0, fetched.get(), "the server fetched a caller's URL");
    }

    @Test
    void aCorsPreflightForPostIsAllowedAndAnswersCarryCorsHeaders() throws Exception {
        HttpResponse<String> pre = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Origin", "https://yasgui.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, accept")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(pre.statusCode() < 300, "preflight answered " + pre.statusCode());
        String origin = pre.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(origin.equals("*") || origin.equals("https://yasgui.example.org"), "Allow-Origin: " + origin);
        String methods = pre.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("POST") && methods.contains("GET"), "Allow-Methods: " + methods);
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("content-type"));

        for (HttpRequest.Builder req : List.of(
                HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=ASK%7B%7D")).GET(),
                HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString("ASK {}")))) {
            HttpResponse<String> r = Http.send(req.header("Origin", "https://yasgui.example.org").build());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "no CORS header on " + r.request().method());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void selectAnswersInEverySparqlResultFormat(String accept) throws Exception {
        HttpResponse<String> r = Http.query(server.sparqlUrl(),
                "PREFIX kg: <https://w3id.org/kamergraaf/def#> SELECT ?k { <" + LETTER + "> kg:citeert ?k } ORDER BY ?k", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
        Lang lang = ResultSetLang.RS_JSON;
        for (Lang l : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV)) {
            if (l.getContentType().getContentTypeStr().equals(accept)) lang = l;
        }
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        List<String> cited = new ArrayList<>();
        rs.forEachRemaining(row -> cited.add(row.get("k").toString()));
        assertEquals(List.of("http://localhost:3030/id/kamerstuk/33009-138", "http://localhost:3030/id/kamerstuk/36600-XIII-29"), cited);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void constructAndDescribeAnswerInRdfFormats(String accept) throws Exception {
        Lang lang = RDFLanguages.contentTypeToLang(accept);
        Node letter = NodeFactory.createURI(LETTER);
        Node citeert = NodeFactory.createURI("https://w3id.org/kamergraaf/def#citeert");
        Node motion = NodeFactory.createURI("http://localhost:3030/id/kamerstuk/36600-XIII-29");

        HttpResponse<String> c = Http.query(server.sparqlUrl(),
                "PREFIX kg: <https://w3id.org/kamergraaf/def#> CONSTRUCT { ?d kg:citeert ?k } WHERE { ?d kg:citeert ?k }", accept);
        assertEquals(200, c.statusCode(), c.body());
        Graph constructed = parse(c.body(), lang);
        assertTrue(constructed.contains(letter, citeert, motion), accept + ": " + c.body());

        HttpResponse<String> d = Http.query(server.sparqlUrl(), "DESCRIBE <" + LETTER + ">", accept);
        assertEquals(200, d.statusCode(), d.body());
        Graph described = parse(d.body(), lang);
        assertTrue(described.contains(letter, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/kamergraaf/def#Brief")));
        assertTrue(described.contains(letter, citeert, motion));
    }

    @Test
    void aGetOfTheEndpointWithoutAQueryServesItsServiceDescription() throws Exception {
        HttpResponse<String> r = Http.get(server.sparqlUrl(), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph sd = parse(r.body(), Lang.TURTLE);
        Node service = find(sd, RDF.type.asNode(), iri(SD + "Service"));
        assertTrue(sd.contains(service, iri(SD + "endpoint"), iri(server.sparqlUrl())), r.body());
        assertTrue(sd.contains(service, iri(SD + "supportedLanguage"), iri(SD + "SPARQL11Query")));
        assertFalse(sd.contains(service, iri(SD + "supportedLanguage"), iri(SD + "SPARQL11Update")));
        assertTrue(sd.contains(service, iri(SD + "feature"), iri(SD + "UnionDefaultGraph")));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle")) {
            assertTrue(sd.contains(service, iri(SD + "resultFormat"), iri(ServiceDescription.FORMATS + f)), f);
        }
        Node dataset = sd.find(service, iri(SD + "defaultDataset"), Node.ANY).next().getObject();
        assertTrue(sd.contains(dataset, RDF.type.asNode(), iri(SD + "Dataset")));
        Node defaultGraph = sd.find(dataset, iri(SD + "defaultGraph"), Node.ANY).next().getObject();
        assertTrue(sd.contains(defaultGraph, RDF.type.asNode(), iri(SD + "Graph")));

        HttpResponse<String> jsonld = Http.get(server.sparqlUrl(), "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(parse(jsonld.body(), Lang.JSONLD).contains(service, iri(SD + "endpoint"), iri(server.sparqlUrl())));
    }

    @Test
    void answersAreCappedAtTheRowLimitAndSaySo() throws Exception {
        try (KamergraafServer capped = KamergraafServer.create().dataset(store.dataset()).port(0).maxRows(5)
                .extensions(List.of()).build().start()) {
            HttpResponse<String> all = Http.query(capped.sparqlUrl(), "SELECT * { ?s ?p ?o }", "text/tab-separated-values");
            assertEquals(200, all.statusCode());
            assertEquals(5, all.body().lines().count() - 1, all.body());
            assertEquals("5", all.headers().firstValue(PublicQueryService.ROW_LIMIT_HEADER).orElse(null));

            HttpResponse<String> large = Http.query(capped.sparqlUrl(), "SELECT * { ?s ?p ?o } LIMIT 1000", "text/csv");
            assertEquals(5, large.body().lines().count() - 1);

            HttpResponse<String> small = Http.query(capped.sparqlUrl(), "SELECT * { ?s ?p ?o } LIMIT 3", "text/csv");
            assertEquals(3, small.body().lines().count() - 1);
            assertTrue(small.headers().firstValue(PublicQueryService.ROW_LIMIT_HEADER).isEmpty(), "a query within the cap is not marked");

            HttpResponse<String> construct = Http.query(capped.sparqlUrl(), "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(5, parse(construct.body(), Lang.NTRIPLES).size());

            HttpResponse<String> ask = Http.query(capped.sparqlUrl(), "ASK { <" + LETTER + "> ?p ?o }", "application/sparql-results+json");
            assertTrue(ask.body().contains("true"));
        }
        HttpResponse<String> uncapped = Http.query(server.sparqlUrl(), "SELECT * { ?s ?p ?o }", "text/csv");
        assertTrue(uncapped.body().lines().count() - 1 > 5, "the default cap (10000) leaves the small bundled data whole");
    }

    @Test
    void theWholeStoreCannotBeFetchedPastTheLimitsByTheGraphStoreProtocol() throws Exception {
        for (String url : List.of(server.sparqlUrl() + "?default", server.baseUrl() + "/get?default", server.baseUrl() + "/?default",
                server.sparqlUrl() + "?graph=" + java.net.URLEncoder.encode("http://localhost:3030/graph/pagina/2024D50227", StandardCharsets.UTF_8))) {
            HttpResponse<String> r = Http.get(url, "application/n-triples");
            // Refused, or (a GET of /sparql without a query) answered with the Service Description: never the data.
            assertTrue(r.statusCode() >= 400 || !r.body().contains("/id/document/2024D50227"), url + " answered " + r.statusCode() + " with data");
        }
    }

    private static int status(HttpRequest.Builder request) throws Exception {
        return Http.sendAlone(request.build()).statusCode();
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base("http://base.invalid/").parse(g);
        return g;
    }

    private static Node find(Graph g, Node p, Node o) {
        var it = g.find(Node.ANY, p, o);
        assertTrue(it.hasNext(), "nothing with " + p + " " + o);
        Node s = it.next().getSubject();
        assertNotNull(s);
        return s;
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
