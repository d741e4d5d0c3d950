package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Ontology;

/** The ontology under /def through a real Fuseki on a free port: HTML by default, RDF by Accept, context and shapes. */
class OntologyEndpointTest {
    static KamergraafServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final long ONTOLOGY_TRIPLES = Ontology.load().size();

    @BeforeAll
    static void start() {
        server = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(DatasetGraphFactory.createTxnMem()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void defWithoutAcceptIsTheHtmlDocumentation() throws Exception {
        HttpResponse<String> r = get("/def", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<section class=\"term\" id=\"Document\">"), "the page documents kg:Document");
        assertTrue(r.body().contains("id=\"scheme-documentsoort\""), "the page lists the concept schemes");
    }

    @Test
    void defAsTurtleJsonLdAndNTriplesByAcceptIsTheWholeOntology() throws Exception {
        for (var offer : new Object[][] {{"text/turtle", Lang.TURTLE}, {"application/ld+json", Lang.JSONLD},
                {"application/n-triples", Lang.NTRIPLES}, {"text/turtle;q=0.9, text/html;q=0.1", Lang.TURTLE}}) {
            HttpResponse<String> r = get("/def", (String) offer[0]);
            assertEquals(200, r.statusCode(), (String) offer[0]);
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Graph g = RDFParser.fromString(r.body(), (Lang) offer[1]).toGraph();
            assertEquals(ONTOLOGY_TRIPLES, g.size(), "triples served as " + offer[0]);
            assertTrue(g.contains(KG.Document, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class")));
        }
    }

    @Test
    void defTtlContextAndShapesAreServed() throws Exception {
        HttpResponse<String> ttl = get("/def.ttl", null);
        assertEquals(200, ttl.statusCode());
        assertEquals(ONTOLOGY_TRIPLES, RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph().size());

        HttpResponse<String> ctx = get("/def/context.jsonld", null);
        assertEquals(200, ctx.statusCode());
        assertTrue(ctx.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals("kg:titel", JSON.parse(ctx.body()).get("@context").getAsObject().get("titel").getAsString().value());

        HttpResponse<String> shapes = get("/def/shapes.ttl", null);
        assertEquals(200, shapes.statusCode());
        Graph sg = RDFParser.fromString(shapes.body(), Lang.TURTLE).toGraph();
        assertTrue(sg.contains(null, NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass"), KG.Document));
    }

    @Test
    void aConceptIriRedirectsToItsRowInTheDocumentation() throws Exception {
        HttpResponse<String> r = get("/def/documentsoort/brief-regering", null);
        assertEquals(303, r.statusCode());
        assertEquals("/def#documentsoort-brief-regering", r.headers().firstValue("Location").orElse(""));
        HttpResponse<String> scheme = get("/def/stemkeuze", null);
        assertEquals(303, scheme.statusCode());
        assertEquals("/def#scheme-stemkeuze", scheme.headers().firstValue("Location").orElse(""));
        assertTrue(get("/def", null).body().contains("id=\"documentsoort-brief-regering\""));
    }

    @Test
    void anUnknownTermIsNotFoundAndAnUnofferedTypeNotAcceptable() throws Exception {
        assertEquals(404, get("/def/documentsoort/bestaat-niet", null).statusCode());
        assertEquals(406, get("/def", "image/png").statusCode());
    }

    @Test
    void theSparqlEndpointStillAnswersBesideDef() {
        try (var qe = QueryExecutionHTTP.service(server.sparqlUrl()).query("ASK { }").build()) {
            assertTrue(qe.execAsk());
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
