package nl.kamergraaf.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.ProjectFiles;

/**
 * Sync over a store loaded from a full map of a real expanded record, data/tk-opendata/besluit/singular.besluit.json:
 * a Besluit with its Zaak (and the zaak's Document and ZaakActor), its 20 Stemmingen and its Agendapunt nested. The
 * replaying API then brings changed versions of the besluit and of its votes as the API gives them, without
 * {@code $expand}.
 */
// slow: loads data/ and then syncs over it; StoreSyncTest keeps sync covered in the quick loop.
@Tag("slow")
class SyncOverALoadedStoreTest {
    private static final String BASE = SyncFixture.BASE;
    private static final String BESLUIT_ID = "6b15c18f-fdc5-4ea4-bee2-a556e94d7682";
    private static final String BESLUIT = BASE + "/id/besluit/" + BESLUIT_ID;
    private static final String ZAAK = BASE + "/id/zaak/2022Z17826";
    private static final String RECORD_GRAPH = BASE + "/graph/odata-besluit/" + BESLUIT_ID;
    private static final String EXPANSION_GRAPH = RECORD_GRAPH + "/expansion";
    private static final String GROENLINKS_VOTE = "7087fafa-66c9-400d-b154-179f0cb77dfc"; // Voor, FractieGrootte 8
    private static final String BBB_VOTE = "4b7f7c61-59af-4bef-a6fc-19c6980d8210"; // Voor, FractieGrootte 1
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    SyncFixture f;
    Path loaded;

    @BeforeEach
    void loadTheExpandedBesluit() throws Exception {
        f = new SyncFixture(dir);
        loaded = Files.createDirectories(dir.resolve("loaded/besluit")).resolve("singular.besluit.json");
        Files.copy(ProjectFiles.dataDir().resolve("tk-opendata/besluit/singular.besluit.json"), loaded);
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

    @Test
    void votesChangedOverALoadedStoreAreCountedWithTheVotesTheLoadBroughtAsAFullMapOfAllTheFilesCountsThem() throws Exception {
        assertEquals(Set.of("Voor 88", "Tegen 62"), counts(), "the load's counts (docs/mapping.md)");
        ObjectNode groenLinks = vote(GROENLINKS_VOTE).put("Soort", "Tegen")
                .put("GewijzigdOp", "2025-11-03T10:15:00.123+01:00").put("ApiGewijzigdOp", "2025-11-03T09:15:02.5Z");
        ObjectNode bbbGone = JSON.createObjectNode().put("Id", BBB_VOTE).put("Verwijderd", true)
                .put("GewijzigdOp", "2025-11-05T08:05:00+01:00").put("ApiGewijzigdOp", "2025-11-05T07:05:01.1Z");
        f.api.replayHistory(history("Stemming", List.of(groenLinks), List.of(bbbGone)));

        // GroenLinks (8 seats) votes Tegen instead of Voor; the other 19 votes are the load's
        f.api.publishODataSteps(1);
        assertTrue(f.sync().run(f.odataFeeds(f.http(2), List.of("Stemming"))).error().isEmpty());
        assertEquals(Set.of("Voor 80", "Tegen 70"), counts());
        assertSameAsAFullMapOf(List.of(groenLinks));

        // BBB's vote (1 seat) is deleted
        f.api.publishODataSteps(2);
        assertTrue(f.sync().run(f.odataFeeds(f.http(2), List.of("Stemming"))).error().isEmpty());
        assertEquals(Set.of("Voor 79", "Tegen 70"), counts());
        assertSameAsAFullMapOf(List.of(groenLinks, bbbGone));
    }

    /**
     * The store's graphs (records, expansions, vote events) are what a full map of the loaded file and the synced
     * versions gives (sources apart), and the vote event cites the sources of the votes it counts: the loaded file
     * for the load's votes, the API URL of each synced one.
     */
    private void assertSameAsAFullMapOf(List<ObjectNode> synced) throws Exception {
        Path later = Files.createDirectories(dir.resolve("later-" + synced.size())).resolve("Stemming.json");
        ArrayNode value = JSON.createArrayNode();
        synced.forEach(value::add);
        Files.write(later, JSON.writeValueAsBytes(JSON.createObjectNode().set("value", value)));
        Set<Quad> fullMap = SyncFixture.recordGraphs(f.fullMapQuads(loaded, later));
        assertEquals(SyncFixture.comparable(fullMap), f.syncedRecordGraphs());

        Map<String, Set<String>> sources = SyncFixture.voteEventSources(f.dataset);
        assertEquals(SyncFixture.sourcesOfTheirVotes(f.dataset), sources);
        Set<String> expected = new HashSet<>(SyncFixture.voteEventSources(SyncFixture.inMemory(fullMap))
                .get(BASE + "/graph/odata-stemmingsuitslag/" + BESLUIT_ID));
        assertTrue(expected.removeIf(source -> source.endsWith("/Stemming.json")), expected::toString);
        for (ObjectNode v : synced) {
            if (!v.path("Verwijderd").asBoolean()) expected.add(f.api.baseUrl() + "/OData/v4/2.0/Stemming(" + v.get("Id").asText() + ")");
        }
        assertEquals(expected, sources.get(BASE + "/graph/odata-stemmingsuitslag/" + BESLUIT_ID));
    }

    /** The besluit as the OData API gives it without $expand. */
    private ObjectNode flatBesluit() throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(loaded.toFile());
        r.remove(List.of("@odata.context", "Zaak", "Stemming", "Agendapunt"));
        return r;
    }

    private ObjectNode vote(String id) throws Exception {
        for (var v : JSON.readTree(loaded.toFile()).get("Stemming")) {
            if (v.get("Id").asText().equals(id)) return ((ObjectNode) v).deepCopy();
        }
        throw new IllegalArgumentException("no vote " + id);
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

    private Set<String> counts() {
        return Txn.calculateRead(f.dataset, () -> {
            Set<String> out = new HashSet<>();
            try (var qe = QueryExecutionFactory.create(SyncFixture.PREFIXES + """
                    SELECT ?option ?votes { ?event a kg:Stemmingsuitslag ; kg:besluit <%s> ;
                        opengov:count [ opengov:option/skos:prefLabel ?option ; opengov:value ?votes ] FILTER(LANG(?option) = "nl") }"""
                    .formatted(BESLUIT), DatasetImpl.wrap(f.dataset))) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("option").getString() + " " + r.getLiteral("votes").getLong()));
            }
            return out;
        });
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
