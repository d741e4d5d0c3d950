package nl.kamergraaf.server.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.server.alerts.AlertsExtension;
import nl.kamergraaf.server.SyncedStoreServing;
import nl.kamergraaf.store.sync.SyncFixture;
import nl.kamergraaf.store.sync.SyncReport;

/**
 * Alerts end to end: a store loaded from real expanded zaak records (data/tk-opendata/zaak: each zaak with its motion
 * document, whose kamerstuk places it in a dossier), a server with the alerts feeds, a subscriber who reads a dossier
 * feed and a saved query's feed, then a sync from the replaying API (a zaak of the dossier changed, its document
 * deleted, a zaak of another dossier changed, a new zaak) — and the feeds hold exactly the new entries and the
 * deletions, linked to the things' pages.
 */
// slow: four syncs over served stores; AlertJournalAfterSyncTest keeps alerts after a sync covered in the
// quick loop.
@Tag("slow")
class AlertFeedsAfterSyncTest extends SyncedStoreServing {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = SyncFixture.BASE;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Motie 36600-XIII-32 (zaak 2024Z16273, document 2024D39341) in dossier 36600-XIII. */
    private static final String ZAAK_XIII = "16c85466-032e-4c1f-beec-42513213f2c1";
    private static final String DOCUMENT_XIII = "8f32eb28-8949-4b0d-837e-c50f15ccfb53";
    /** Motie 36600-I-8 (zaak 2024Z15510) in dossier 36600-I. */
    private static final String ZAAK_I = "0558b771-439a-4c6f-9527-11ae1ced6a85";
    /** Zaak 2025Z18277 as the API gave it (sync/history.json), in neither dossier. */
    private static final String NEW_ZAAK = "e716346c";
    private static final String SAVED_QUERY = """
            PREFIX kg: <https://w3id.org/kamergraaf/def#>
            SELECT ?ding ?nummer WHERE {
              { ?ding a kg:Zaak ; kg:zaaknummer ?nummer } UNION { ?ding a kg:Document ; kg:documentnummer ?nummer }
            }
            """;

    @BeforeEach
    void loadTwoDossiersAndServe() throws Exception {
        loadZaken(ZAAK_XIII, ZAAK_I);
        Path alerts = Files.createDirectories(f.store.root().resolve("alerts"));
        Files.writeString(alerts.resolve("zaken-en-documenten.rq"), SAVED_QUERY);
        serve(f.dataset, new AlertsExtension());
    }

    record Entry(String kind, String link, String title) {}

    @Test
    void aSyncGivesTheDossierFeedAndTheSavedQueryFeedExactlyTheirNewEntriesAndDeletions() throws Exception {
        // the load placed both zaken in their dossiers through their documents' kamerstukken
        assertTrue(ask("ASK { <" + BASE + "/id/kamerstuk/36600-XIII-32> kg:dossier <" + BASE + "/id/dossier/36600-XIII> }"));
        assertTrue(ask("ASK { <" + BASE + "/id/document/2024D39341> kg:kamerstuk <" + BASE + "/id/kamerstuk/36600-XIII-32> }"));

        // subscribing: both feeds exist and are empty; the saved query's present rows are its baseline, not news
        assertEquals(List.of(), atom("/alerts/dossier/36600-XIII"));
        assertEquals(List.of(), rss("/alerts/zaken-en-documenten.rss"));
        assertEquals(List.of(), atom("/alerts/dossier/36600-I"));

        ObjectNode zaakXiii = flatZaak(ZAAK_XIII).put("Kabinetsappreciatie", "Ontraden")
                .put("GewijzigdOp", "2025-11-03T10:15:00.123+01:00").put("ApiGewijzigdOp", "2025-11-03T09:15:02.5Z");
        ObjectNode zaakI = flatZaak(ZAAK_I).put("Afgedaan", false)
                .put("GewijzigdOp", "2025-11-03T10:16:00+01:00").put("ApiGewijzigdOp", "2025-11-03T09:16:02.5Z");
        ObjectNode documentGone = JSON.createObjectNode().put("Id", DOCUMENT_XIII).put("Verwijderd", true)
                .put("GewijzigdOp", "2025-11-05T08:05:00+01:00").put("ApiGewijzigdOp", "2025-11-05T07:05:01.1Z");
        ObjectNode history = JSON.createObjectNode();
        history.putArray("Zaak").addArray().add(zaakXiii).add(zaakI).add(fromHistory("Zaak", NEW_ZAAK));
        history.putArray("Document").addArray().add(documentGone);
        f.api.replayHistory(JSON.writeValueAsBytes(history));

        SyncReport report = f.sync(ServerAssembly.syncHooks()).run(f.odataFeeds(f.http(2), List.of("Zaak", "Document")));
        assertTrue(report.error().isEmpty(), () -> report.error().get());
        assertEquals(3, report.changed());
        assertEquals(1, report.deleted());
        assertTrue(ask("ASK { <" + BASE + "/id/document/" + DOCUMENT_XIII + "> a kg:VerwijderdRecord }"));
        assertTrue(ask("ASK { <" + BASE + "/id/zaak/2025Z18277> a kg:Zaak }"));

        String origin = server.baseUrl();
        assertEquals(Set.of(
                        new Entry("new", origin + "/doc/zaak/2024Z16273", "Motie van het lid Beckerman over binnen een maand een reactie geven op de initiatiefnota Red de camping"),
                        new Entry("deleted", origin + "/doc/document/2024D39341", "Verwijderd: Motie van het lid Beckerman over binnen een maand een reactie geven op de initiatiefnota Red de camping")),
                new java.util.HashSet<>(atom("/alerts/dossier/36600-XIII")));
        assertEquals(List.of(new Entry("new", origin + "/doc/zaak/2024Z15510", label(BASE + "/id/zaak/2024Z15510"))),
                atom("/alerts/dossier/36600-I"));
        assertEquals(Set.of(new Entry("new", origin + "/doc/zaak/2025Z18277", "2025Z18277"),
                        new Entry("deleted", origin + "/doc/document/2024D39341", "Verwijderd: 2024D39341")),
                new java.util.HashSet<>(rss("/alerts/zaken-en-documenten.rss")));

        // the same sync again brings nothing new: each row and each change appears once
        assertTrue(f.sync(ServerAssembly.syncHooks()).run(f.odataFeeds(f.http(2), List.of("Zaak", "Document"))).nothingChanged());
        assertEquals(2, rss("/alerts/zaken-en-documenten.rss").size());
        assertEquals(2, atom("/alerts/dossier/36600-XIII").size());
    }

    @Test
    void aFeedAnswers304ToItsOwnETagAndLastModifiedUntilASyncAddsToIt() throws Exception {
        HttpResponse<byte[]> first = get("/alerts/dossier/36600-XIII.atom");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, getIf("/alerts/dossier/36600-XIII.atom", etag, null).statusCode());
        assertEquals(304, getIf("/alerts/dossier/36600-XIII.atom", null, modified).statusCode());
        // another format is another representation
        assertEquals(200, getIf("/alerts/dossier/36600-XIII.rss", etag, null).statusCode());

        ObjectNode history = JSON.createObjectNode();
        history.putArray("Zaak").addArray().add(flatZaak(ZAAK_XIII).put("Afgedaan", false)
                .put("GewijzigdOp", "2025-11-03T10:15:00+01:00").put("ApiGewijzigdOp", "2025-11-03T09:15:02.5Z"));
        f.api.replayHistory(JSON.writeValueAsBytes(history));
        assertEquals(1, f.sync(ServerAssembly.syncHooks()).run(f.odataFeeds(f.http(2), List.of("Zaak"))).changed());

        HttpResponse<byte[]> after = getIf("/alerts/dossier/36600-XIII.atom", etag, null);
        assertEquals(200, after.statusCode());
        assertEquals(1, entries(after.body()).size());
        // a feed of another dossier did not change
        String other = get("/alerts/dossier/36600-I").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, getIf("/alerts/dossier/36600-I", other, null).statusCode());
    }

    @Test
    void feedsAreNegotiatedByAcceptAndUnknownFeedsAndBadSavedQueriesAnswerClearly() throws Exception {
        HttpResponse<byte[]> rss = get("/alerts/dossier/36600-XIII", "Accept", "application/rss+xml");
        assertTrue(rss.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        HttpResponse<byte[]> ics = get("/alerts/dossier/36600-XIII", "Accept", "text/calendar");
        assertTrue(new String(ics.body(), StandardCharsets.UTF_8).startsWith("BEGIN:VCALENDAR\r\n"));
        assertEquals(404, get("/alerts/no-such-question").statusCode());
        assertEquals(404, get("/alerts/dossier/36600-XIII/extra").statusCode());
        assertEquals(400, get("/alerts/zoek").statusCode());

        Files.writeString(f.store.root().resolve("alerts/kapot.rq"), "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
        HttpResponse<byte[]> bad = get("/alerts/kapot");
        assertEquals(500, bad.statusCode());
        assertTrue(new String(bad.body(), StandardCharsets.UTF_8).contains("kapot.rq: a saved query must be a SELECT query"));
        // the good saved query next to it still works
        assertEquals(200, get("/alerts/zaken-en-documenten").statusCode());
    }

    @Test
    void afterASyncTheDossierWebhookGetsItsNewEntriesAndAHostNotAllowedGetsNothing() throws Exception {
        java.util.concurrent.BlockingQueue<String> received = new java.util.concurrent.LinkedBlockingQueue<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", ex -> {
            received.add(ex.getRequestURI().getPath() + " " + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        try {
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort();
            // localhost names the same receiver, but only 127.0.0.1 is allowed: the fractie's webhook is refused
            Files.writeString(f.store.root().resolve("alerts/alerts.properties"), """
                    webhook.allow = 127.0.0.1
                    webhook.dossier/36600-XIII = %s/dossier
                    webhook.dossier/36600-I = http://localhost:%d/not-allowed
                    webhook.query/zaken-en-documenten = %s/vraag
                    webhook.attempts = 2
                    webhook.delay = 0
                    """.formatted(hook, receiver.getAddress().getPort(), hook));
            ObjectNode history = JSON.createObjectNode();
            history.putArray("Zaak").addArray().add(flatZaak(ZAAK_XIII).put("Afgedaan", false)
                    .put("GewijzigdOp", "2025-11-03T10:15:00+01:00").put("ApiGewijzigdOp", "2025-11-03T09:15:02.5Z"))
                    .add(flatZaak(ZAAK_I).put("Afgedaan", false)
                    .put("GewijzigdOp", "2025-11-03T10:16:00+01:00").put("ApiGewijzigdOp", "2025-11-03T09:16:02.5Z"));
            f.api.replayHistory(JSON.writeValueAsBytes(history));
            assertEquals(2, f.sync(ServerAssembly.syncHooks()).run(f.odataFeeds(f.http(2), List.of("Zaak"))).changed());

            String delivery = received.poll(60, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(delivery != null && delivery.startsWith("/dossier "), String.valueOf(delivery));
            var body = JSON.readTree(delivery.substring("/dossier ".length()));
            assertEquals("dossier/36600-XIII", body.get("feed").asText());
            assertEquals("/alerts/dossier/36600-XIII", body.get("href").asText());
            assertEquals(1, body.get("entries").size());
            assertEquals("new", body.get("entries").get(0).get("kind").asText());
            assertEquals(BASE + "/id/zaak/2024Z16273", body.get("entries").get(0).get("iri").asText());
            // the saved query's rows did not change, so its webhook is not called; 36600-I's host is not allowed
            String marker = "/dossier-check";
            java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hook + marker)).POST(
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(marker + " ", received.poll(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(null, received.poll());
        } finally {
            receiver.stop(0);
        }
    }

    private List<Entry> atom(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"), path);
        return entries(r.body());
    }

    private static List<Entry> entries(byte[] body) throws Exception {
        Document feed = parse(body);
        List<Entry> out = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            out.add(new Entry(((Element) e.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"),
                    ((Element) e.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"),
                    e.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()));
        }
        return out;
    }

    private List<Entry> rss(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"), path);
        Document feed = parse(r.body());
        List<Entry> out = new ArrayList<>();
        NodeList items = feed.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element e = (Element) items.item(i);
            out.add(new Entry(e.getElementsByTagName("category").item(0).getTextContent(),
                    e.getElementsByTagName("link").item(0).getTextContent(), e.getElementsByTagName("title").item(0).getTextContent()));
        }
        return out;
    }

    /** A conditional GET: with If-None-Match and If-Modified-Since where given. */
    private HttpResponse<byte[]> getIf(String path, String ifNoneMatch, String ifModifiedSince) throws Exception {
        List<String> headers = new ArrayList<>();
        if (ifNoneMatch != null) headers.addAll(List.of("If-None-Match", ifNoneMatch));
        if (ifModifiedSince != null) headers.addAll(List.of("If-Modified-Since", ifModifiedSince));
        return get(path, headers.toArray(String[]::new));
    }

    private String label(String iri) {
        return Txn.calculateRead(f.dataset, () -> {
            try (var qe = QueryExecutionFactory.create("SELECT ?l { <" + iri + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                    + "FILTER(LANG(?l) = 'nl') }", DatasetImpl.wrap(f.dataset))) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("l").getString() : null;
            }
        });
    }

    private boolean ask(String query) {
        return Txn.calculateRead(f.dataset, () -> {
            try (var qe = QueryExecutionFactory.create(SyncFixture.PREFIXES + query, DatasetImpl.wrap(f.dataset))) {
                return qe.execAsk();
            }
        });
    }
}
