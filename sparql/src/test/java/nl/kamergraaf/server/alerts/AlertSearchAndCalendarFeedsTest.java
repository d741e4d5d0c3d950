package nl.kamergraaf.server.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.server.alerts.AlertsExtension;
import nl.kamergraaf.server.SyncedStoreServing;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.sync.RecordGraphMappers;
import nl.kamergraaf.store.sync.StoreSync;
import nl.kamergraaf.store.sync.SyncFixture;
import nl.kamergraaf.store.sync.SyncReport;

/**
 * The full-text feed and the calendar form, over a loaded store with its full-text index, served and synced through
 * the same text-indexed dataset as {@code serve} does: {@code /alerts/zoek?q=…} lists the synced things the index
 * finds for the term, not loaded ones; a saved query over activities gives an iCalendar event per activity.
 */
// slow: loads, serves and syncs a store of its own with the full-text index; AlertJournalAfterSyncTest and
// IcsWriterTest keep alerts after a sync and the calendar format covered in the quick loop.
@Tag("slow")
class AlertSearchAndCalendarFeedsTest extends SyncedStoreServing {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZAAK_XIII = "16c85466-032e-4c1f-beec-42513213f2c1";
    private static final String ZAAK_I = "0558b771-439a-4c6f-9527-11ae1ced6a85";

    DatasetGraph text;

    @BeforeEach
    void loadServeAndSync() throws Exception {
        loadZaken(ZAAK_XIII, ZAAK_I);
        text = KamergraafDataset.openWithTextIndex(f.build);
        Path alerts = Files.createDirectories(f.store.root().resolve("alerts"));
        Files.writeString(alerts.resolve("activiteiten.rq"), """
                PREFIX kg: <https://w3id.org/kamergraaf/def#>
                PREFIX schema: <https://schema.org/>
                SELECT ?activiteit ?onderwerp ?begin ?eind WHERE {
                  ?activiteit a kg:Activiteit ; kg:onderwerp ?onderwerp ; schema:startDate ?begin ; schema:endDate ?eind
                }
                """);
        serve(text, new AlertsExtension());

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
    void closeTextIndex() {
        // before the base class stops the server and closes the fixture: nothing asks the index any more by then
        if (text instanceof DatasetGraphText t) t.getTextIndex().close();
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
        HttpResponse<byte[]> r = get("/alerts/activiteiten.ics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = new String(r.body(), StandardCharsets.UTF_8);
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

        ics = new String(get("/alerts/activiteiten.ics").body(), StandardCharsets.UTF_8);
        assertEquals(1, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
        assertTrue(ics.contains("UID:" + SyncFixture.BASE + "/id/activiteit/2022A07659\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20221005T080000Z\r\nDTEND:20221005T093000Z\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Stemmingen\r\n"), ics);
        assertTrue(ics.contains("URL:" + server.baseUrl() + "/doc/activiteit/2022A07659\r\n"), ics);
        // in the Atom form: the first row, the row at the new time, and the row at the old time as a deletion
        assertEquals(3, links("/alerts/activiteiten").size());
    }

    private List<String> links(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), path);
        NodeList entries = parse(r.body()).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            out.add(((Element) ((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0)).getAttribute("href"));
        }
        return out;
    }
}
