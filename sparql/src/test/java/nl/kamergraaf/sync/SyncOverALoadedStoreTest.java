package nl.kamergraaf.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.TestData;

/**
 * Sync over a store loaded from a full map of a real expanded record, data/tk-opendata/besluit/singular.besluit.json:
 * a Besluit with its Zaak (and the zaak's Document and ZaakActor), its 20 Stemmingen and its Agendapunt nested. The
 * replaying API then brings changed versions of the besluit as the API gives them, without {@code $expand}.
 */
class SyncOverALoadedStoreTest {
    private static final String BASE = SyncFixture.BASE;
    private static final String BESLUIT_ID = "6b15c18f-fdc5-4ea4-bee2-a556e94d7682";
    private static final String BESLUIT = BASE + "/id/besluit/" + BESLUIT_ID;
    private static final String ZAAK = BASE + "/id/zaak/2022Z17826";
    private static final String RECORD_GRAPH = BASE + "/graph/odata-besluit/" + BESLUIT_ID;
    private static final String EXPANSION_GRAPH = RECORD_GRAPH + "/expansion";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    SyncFixture f;
    Path loaded;

    @BeforeEach
    void loadTheExpandedBesluit() throws Exception {
        f = new SyncFixture(dir);
        loaded = Files.createDirectories(dir.resolve("loaded/besluit")).resolve("singular.besluit.json");
        Files.copy(TestData.dataDir().resolve("tk-opendata/besluit/singular.besluit.json"), loaded);
        f.loadFullMap(loaded);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aChangedRecordKeepsWhatOnlyItsExpansionSaidAndADeletedRecordLosesIt() throws Exception {
        // the load: Besluit → Zaak has no foreign key, so only the expansion says it, in the besluit's expansion graph
        assertTrue(ask("ASK { GRAPH <" + EXPANSION_GRAPH + "> { <" + BESLUIT + "> kg:zaak <" + ZAAK + "> } }"));
        assertFalse(ask("ASK { GRAPH <" + RECORD_GRAPH + "> { <" + BESLUIT + "> kg:zaak ?z } }"));
        // and the zaak's own expansion (Zaak → Document) in the zaak's
        String zaakLinks = "ASK { GRAPH ?x { <" + BASE + "/id/document/2022D37914> kg:zaak <" + ZAAK + "> } "
                + "FILTER(?x = <" + BASE + "/graph/odata-zaak/28e3a47e-4602-4f9d-b051-4c5c3e05b0d8/expansion>) }";
        assertTrue(ask(zaakLinks));

        ObjectNode changed = flatBesluit().put("BesluitTekst", "Aangenomen, na heropening.")
                .put("GewijzigdOp", "2025-11-03T10:15:00.123+01:00").put("ApiGewijzigdOp", "2025-11-03T09:15:02.5Z");
        ObjectNode tombstone = JSON.createObjectNode().put("Id", BESLUIT_ID).put("Verwijderd", true)
                .put("GewijzigdOp", "2025-11-05T08:05:00+01:00").put("ApiGewijzigdOp", "2025-11-05T07:05:01.1Z");
        f.api.replayHistory(history("Besluit", List.of(changed), List.of(tombstone))).publishODataSteps(1);

        SyncReport report = f.sync().run(f.odataFeeds(f.http(2), List.of("Besluit")));
        assertTrue(report.error().isEmpty(), () -> report.error().get());
        assertEquals(1, report.changed());
        assertEquals(1, count("SELECT * { <" + BESLUIT + "> <http://purl.org/dc/terms/description> \"Aangenomen, na heropening.\"@nl }"));
        // the record graph is now the changed record's, exactly as a full map of the loaded file and the changed record
        // gives it (the newer version wins; the agendapunt's number comes from the loaded file); the link is still there
        Path changedFile = Files.createDirectories(dir.resolve("changed")).resolve("Besluit.json");
        Files.write(changedFile, JSON.writeValueAsBytes(JSON.createObjectNode().set("value", JSON.createArrayNode().add(changed))));
        assertEquals(graph(SyncFixture.comparable(f.fullMapQuads(loaded, changedFile)), RECORD_GRAPH), graph(f.syncedRecordGraphs(), RECORD_GRAPH));
        assertEquals(1, count("SELECT * { <" + BESLUIT + "> kg:zaak <" + ZAAK + "> }"));
        assertEquals(20, count("SELECT * { GRAPH <" + EXPANSION_GRAPH + "> { ?vote kg:besluit <" + BESLUIT + "> } }"));

        // the same page again changes nothing and keeps the link
        SyncReport again = f.sync().run(f.odataFeeds(f.http(2), List.of("Besluit")));
        assertTrue(again.nothingChanged(), again.summary());
        assertEquals(1, count("SELECT * { <" + BESLUIT + "> kg:zaak <" + ZAAK + "> }"));

        // a deletion: the tombstone carries no links, so what the expansion said goes with the record
        f.api.publishODataSteps(2);
        SyncReport deletion = f.sync().run(f.odataFeeds(f.http(2), List.of("Besluit")));
        assertEquals(1, deletion.deleted());
        assertEquals(1, count("SELECT * { <" + BESLUIT + "> a kg:VerwijderdRecord }"));
        assertEquals(0, count("SELECT * { <" + BESLUIT + "> kg:zaak ?z }"));
        assertEquals(0, count("SELECT * { GRAPH <" + EXPANSION_GRAPH + "> { ?s ?p ?o } }"));
        assertTrue(ask(zaakLinks), "the zaak's own expansion is the zaak's, not the besluit's");
    }

    /** The besluit as the OData API gives it without $expand. */
    private ObjectNode flatBesluit() throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(loaded.toFile());
        r.remove(List.of("@odata.context", "Zaak", "Stemming", "Agendapunt"));
        return r;
    }

    /** An OData history of one entity: its pages of record versions, as sync/history.json has them. */
    private static byte[] history(String entity, List<ObjectNode> first, List<ObjectNode> second) throws Exception {
        ObjectNode h = JSON.createObjectNode();
        ArrayNode pages = h.putArray(entity);
        pages.addArray().addAll(first);
        pages.addArray().addAll(second);
        return JSON.writeValueAsBytes(h);
    }

    private static Set<Quad> graph(Set<Quad> quads, String graph) {
        Set<Quad> out = new HashSet<>();
        for (Quad q : quads) if (q.getGraph().getURI().equals(graph)) out.add(q);
        return out;
    }

    private boolean ask(String query) {
        return Txn.calculateRead(f.dataset, () -> {
            try (var qe = QueryExecutionFactory.create(SyncFixture.PREFIXES + query, DatasetImpl.wrap(f.dataset))) {
                return qe.execAsk();
            }
        });
    }

    private long count(String select) {
        return Txn.calculateRead(f.dataset, () -> {
            try (var qe = QueryExecutionFactory.create(SyncFixture.PREFIXES + select, DatasetImpl.wrap(f.dataset))) {
                long n = 0;
                for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
                return n;
            }
        });
    }
}
