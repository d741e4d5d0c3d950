package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.store.sync.SyncFixture;
import nl.kamergraaf.store.sync.SyncReport;

/**
 * A numbered document and a numbered zaak, live in the store, deleted by sync (whose deleted records carry nothing but
 * their Id): both the IRI minted from the number and the GUID IRI answer 410 Gone with the tombstone, over HTTP from
 * the real server on the synced TDB2 store.
 */
class DeletedRecordsAnswerGoneTest {
    private static final String BASE = SyncFixture.BASE;
    private static final String ZAAK = "24a47b7d-9150-41a0-9d05-e26e9fb981ac"; // 2025Z18279, deleted on Zaak page 3
    private static final String DOCUMENT = "518131d2-67ae-42f7-a9f4-a051a0ff438b"; // 2025D04904, deleted on Document page 2
    private static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/kamergraaf/def#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aNumberedDocumentAndZaakDeletedBySyncAnswer410AtTheirNumberAndAtTheirGuidWithTheTombstone() throws Exception {
        try (SyncFixture f = new SyncFixture(dir);
             KamergraafServer server = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(f.dataset).port(0).base(BASE)
                     .storeRoot(f.store.root()).build().start()) {
            // the first page of each feed: both are live, known by their number
            for (String category : List.of("Zaak", "Document")) {
                f.api.failAfterPages(1);
                f.sync().run(f.syncFeeds(f.http(1), List.of(category)));
                f.api.healthy();
            }
            assertEquals(200, dereference(server, "/id/zaak/2025Z18279").statusCode());
            assertEquals(200, dereference(server, "/id/document/2025D04904").statusCode());

            SyncReport report = f.sync().run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));
            assertTrue(report.error().isEmpty(), () -> report.error().get());

            assertGone(server, "zaak", "2025Z18279", ZAAK, "2025-11-04T16:40:10.5+01:00");
            assertGone(server, "document", "2025D04904", DOCUMENT, "2025-11-03T10:15:00.123+01:00");
        }
    }

    /** Both IRIs answer 410 with a Turtle body holding the tombstones of the number and the GUID, linked by owl:sameAs. */
    private void assertGone(KamergraafServer server, String type, String number, String guid, String deletedAt) throws Exception {
        String numbered = BASE + "/id/" + type + "/" + number;
        String byGuid = BASE + "/id/" + type + "/" + guid;
        for (String iri : List.of(numbered, byGuid)) {
            HttpResponse<byte[]> r = dereference(server, iri.substring(BASE.length()));
            assertEquals(410, r.statusCode(), iri);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), iri);
            Model body = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).base(BASE).parse(body);
            String tombstone = "a kg:VerwijderdRecord ; prov:invalidatedAtTime \"" + deletedAt + "\"^^xsd:dateTime ; dct:identifier \"" + guid + "\"";
            assertTrue(ask(body, "ASK { <" + iri + "> " + tombstone + " }"), () -> iri + " is a tombstone: " + new String(r.body()));
            assertTrue(ask(body, "ASK { <" + numbered + "> owl:sameAs <" + byGuid + "> }"), () -> iri + " names its alias: " + new String(r.body()));
            assertTrue(!ask(body, "ASK { <" + iri + "> kg:onderwerp|kg:titel|kg:documentnummer|kg:zaaknummer ?live }"), iri + " has no live data");
        }
    }

    /** GET the /id/ path with Accept: text/turtle, following the 303 to its description as a client would. */
    private HttpResponse<byte[]> dereference(KamergraafServer server, String path) throws Exception {
        HttpResponse<byte[]> r = get(server.baseUrl() + path);
        if (r.statusCode() != 303) return r;
        return get(URI.create(server.baseUrl() + path).resolve(r.headers().firstValue("Location").orElseThrow()).toString());
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static boolean ask(Model m, String ask) {
        try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + ask, m)) {
            return qe.execAsk();
        }
    }
}
