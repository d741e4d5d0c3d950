package nl.kamergraaf.server.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.TestData;
import nl.kamergraaf.server.alerts.AlertsExtension;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.sync.RecordGraphMappers;
import nl.kamergraaf.store.sync.ReplayApi;
import nl.kamergraaf.store.sync.StoreSync;
import nl.kamergraaf.store.sync.SyncFixture;
import nl.kamergraaf.store.sync.SyncReport;

/**
 * The full-text feed and the calendar form, over a loaded store with its full-text index, served and synced through
 * the same text-indexed dataset as {@code serve} does: {@code /alerts/zoek?q=…} lists the synced things the index
 * finds for the term, not loaded ones; a saved query over activities gives an iCalendar event per activity.
 */
class AlertSearchAndCalendarFeedsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZAAK_XIII = "16c85466-032e-4c1f-beec-42513213f2c1";
    private static final String ZAAK_I = "0558b771-439a-4c6f-9527-11ae1ced6a85";

    @TempDir
    Path dir;
    SyncFixture f;
    DatasetGraph text;
    KamergraafServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void loadServeAndSync() throws Exception {
        f = new SyncFixture(dir);
        Path loaded = Files.createDirectories(dir.resolve("loaded"));
        for (String zaak : List.of(ZAAK_XIII, ZAAK_I)) {
            Files.copy(TestData.dataDir().resolve("tk-opendata/zaak/" + zaak + ".json"), loaded.resolve(zaak + ".json"));
        }
        f.loadFullMap(loaded);
        text = KamergraafDataset.openWithTextIndex(f.build);
        Path alerts = Files.createDirectories(f.store.root().resolve("alerts"));
        Files.writeString(alerts.resolve("activiteiten.rq"), """
                PREFIX kg: <https://w3id.org/kamergraaf/def#>
                PREFIX schema: <https://schema.org/>
                SELECT ?activiteit ?onderwerp ?begin ?eind WHERE {
                  ?activiteit a kg:Activiteit ; kg:onderwerp ?onderwerp ; schema:startDate ?begin ; schema:endDate ?eind
                }
                """);
        server = KamergraafServer.create().dataset(text).port(0).storeRoot(f.store.root())
                .extensions(List.of(new AlertsExtension())).build().start();

        ObjectNode history = JSON.createObjectNode();
        history.putArray("Zaak").addArray().add(flatZaak(ZAAK_XIII).put("Kabinetsappreciatie", "Ontraden")
                .put("GewijzigdOp", "2025-11-03T10:15:00+01:00").put("ApiGewijzigdOp", "2025-11-03T09:15:02.5Z"))
                .add(fromHistory("Zaak", "e716346c"));
        history.putArray("Activiteit").addArray().add(fromHistory("Activiteit", "67a7af98"));
        f.api.replayHistory(JSON.writeValueAsBytes(history));
        SyncReport report = new StoreSync(text, f.build, RecordGraphMappers.forStore(f.uris, text), ServerAssembly.syncHooks(),
                new StoreSync.CommitObserver() { })
                .run(f.odataFeeds(f.http(2), List.of("Zaak", "Activiteit")));
        assertTrue(report.error().isEmpty(), () -> report.error().get());
        assertEquals(3, report.changed());
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (text instanceof DatasetGraphText t) t.getTextIndex().close();
        f.close();
    }

    @Test
    void aSearchFeedListsTheSyncedThingsTheFullTextIndexFindsForItsTerm() throws Exception {
        String origin = server.baseUrl();
        // the loaded zaak of 36600-XIII changed in the sync; the one of 36600-I, which also has "motie", did not
        assertEquals(List.of(origin + "/doc/zaak/2024Z16273"), links("/alerts/zoek.atom?q=camping"));
        assertEquals(List.of(origin + "/doc/zaak/2025Z18277"), links("/alerts/zoek?q=" + URLEncoder.encode("kolonisten*", StandardCharsets.UTF_8)));
        assertEquals(List.of(), links("/alerts/zoek?q=grondwet"), "in the index (zaak 2024Z15510), but not synced");
        // Dutch stemming: "financiering" finds the zaak about "de financiering van …" by its stem
        assertEquals(List.of(origin + "/doc/zaak/2025Z18277"), links("/alerts/zoek?q=financieren"));
    }

    @Test
    void aSavedQueryOverActivitiesIsACalendarOfTheNewOnes() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/alerts/activiteiten.ics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = r.body();
        // the server took the saved query's baseline when it started, before the sync: the synced activity is news
        assertEquals(1, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
        assertTrue(ics.contains("DTSTART:20221004T130000Z\r\nDTEND:20221004T140000Z\r\n"), ics);

        // an activity that moves is one event, at its new time (a calendar updates it by its UID)
        ObjectNode moved = fromHistory("Activiteit", "67a7af98").put("Aanvangstijd", "2022-10-05T10:00:00+02:00")
                .put("Eindtijd", "2022-10-05T11:30:00+02:00").put("ApiGewijzigdOp", "2025-11-06T09:00:00Z");
        ObjectNode history = JSON.createObjectNode();
        history.putArray("Activiteit").addArray().add(moved);
        f.api.replayHistory(JSON.writeValueAsBytes(history));
        assertEquals(1, new StoreSync(text, f.build, RecordGraphMappers.forStore(f.uris, text), ServerAssembly.syncHooks(),
                new StoreSync.CommitObserver() { })
                .run(f.odataFeeds(f.http(2), List.of("Activiteit"))).changed());

        ics = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/alerts/activiteiten.ics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(1, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
        assertTrue(ics.contains("UID:" + SyncFixture.BASE + "/id/activiteit/2022A07659\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20221005T080000Z\r\nDTEND:20221005T093000Z\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Stemmingen\r\n"), ics);
        assertTrue(ics.contains("URL:" + server.baseUrl() + "/doc/activiteit/2022A07659\r\n"), ics);
        // in the Atom form: the first row, the row at the new time, and the row at the old time as a deletion
        assertEquals(3, links("/alerts/activiteiten").size());
    }

    private List<String> links(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList entries = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()))
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            out.add(((Element) ((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0)).getAttribute("href"));
        }
        return out;
    }

    private static ObjectNode flatZaak(String zaak) throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(TestData.dataDir().resolve("tk-opendata/zaak/" + zaak + ".json").toFile());
        List<String> nested = new ArrayList<>();
        r.fields().forEachRemaining(e -> {
            if (e.getValue().isContainerNode() || e.getKey().startsWith("@")) nested.add(e.getKey());
        });
        r.remove(nested);
        return r;
    }

    private static ObjectNode fromHistory(String entity, String idPrefix) throws Exception {
        for (JsonNode page : JSON.readTree(ReplayApi.resource("sync/history.json")).get(entity)) {
            for (JsonNode r : page) if (r.get("Id").asText().startsWith(idPrefix)) return (ObjectNode) r.deepCopy();
        }
        throw new IllegalStateException("no " + entity + " " + idPrefix + " in sync/history.json");
    }
}
