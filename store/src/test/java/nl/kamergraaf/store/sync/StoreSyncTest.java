package nl.kamergraaf.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.spi.RecordGraphMapper;

/**
 * Sync against a replaying Tweede Kamer API on loopback, into a real TDB2 store: the result is compared, as sets of
 * quads, with what a full map of the source's final state gives.
 */
class StoreSyncTest {
    private static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/kamergraaf/def#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX opengov: <http://www.w3.org/ns/opengov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    /** The besluit of the fixture's four votes of data/tk-opendata/besluit/singular.besluit.json. */
    private static final String BESLUIT = "6b15c18f-fdc5-4ea4-bee2-a556e94d7682";
    /** A besluit whose only vote is deleted on the Stemming feed's second page. */
    private static final String EMPTIED = "05c0994d-a89f-4494-956e-ebf5d883df1d";

    @TempDir
    Path dir;
    SyncFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new SyncFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void syncFeedFromTheStartLeavesExactlyWhatAFullMapOfTheFinalStateGives() throws Exception {
        SyncReport report = f.sync().run(f.syncFeeds(f.http(3), SyncFixture.ENTITIES));

        assertTrue(report.error().isEmpty(), () -> report.error().get());
        assertTrue(report.problems().isEmpty(), () -> report.problems().toString());
        assertEquals(f.fullMapOfFinalState(), f.syncedRecordGraphs());
        // 5 deletions (zaak, 2 documents, 2 stemmingen); 20 records seen first (one of them already deleted) plus 4 later changes
        assertEquals(5, report.deleted());
        assertEquals(19 + 4, report.changed());
        // the facts, asked in SPARQL: the tombstones, the changed values, and no trace of the deleted zaak's data
        assertEquals(5, count("SELECT DISTINCT ?id { GRAPH ?g { ?x a kg:VerwijderdRecord ; prov:invalidatedAtTime ?t ; dct:identifier ?id } }"));
        // the zaak and the document that were live by their number before their deletion are tombstones at it too,
        // the same as the tombstone at the GUID; the document that arrived deleted and the stemming have no number
        assertEquals(2, count("SELECT ?x { GRAPH ?g { ?x a kg:VerwijderdRecord ; owl:sameAs ?guid . ?guid a kg:VerwijderdRecord } }"));
        assertEquals(1, count("SELECT * { GRAPH <http://localhost:3030/graph/odata-zaak/" + deletedZaak() + "> { "
                + "<http://localhost:3030/id/zaak/2025Z18279> a kg:VerwijderdRecord ; prov:invalidatedAtTime ?t ; dct:identifier \"" + deletedZaak() + "\" ; "
                + "owl:sameAs <http://localhost:3030/id/zaak/" + deletedZaak() + "> } }"));
        assertEquals(1, count("SELECT * { GRAPH <http://localhost:3030/graph/odata-document/518131d2-67ae-42f7-a9f4-a051a0ff438b> { "
                + "<http://localhost:3030/id/document/2025D04904> a kg:VerwijderdRecord ; "
                + "owl:sameAs <http://localhost:3030/id/document/518131d2-67ae-42f7-a9f4-a051a0ff438b> } }"));
        assertEquals(1, count("SELECT ?z { ?z kg:onderwerp \"Motie (gewijzigd) over erkenning van minderheden\"@nl ; kg:zaaknummer \"2025Z18280\" }"));
        assertEquals(0, count("SELECT ?z { ?z kg:onderwerp ?o FILTER(CONTAINS(?o, \"religieuze profilering\")) }"));
        // "Afgedaan" is not on the zaakstatus list (the source lists "Vrijgegeven"): kept as a value outside it
        assertEquals(1, count("SELECT ?z { <http://localhost:3030/id/zaak/2025Z05057> kg:status <http://localhost:3030/id/onbekende-waarde/zaakstatus/afgedaan> }"));
        assertEquals(0, count("SELECT ?p { <http://localhost:3030/id/zaak/2025Z18279> ?p ?o FILTER(?p NOT IN (rdf:type, prov:invalidatedAtTime, dct:identifier, owl:sameAs)) }"),
                "the deleted zaak's data is gone; its number says only that it is a tombstone");
        assertEquals(1, count("SELECT ?t { <http://localhost:3030/id/zaak/" + deletedZaak() + "> a kg:VerwijderdRecord ; prov:invalidatedAtTime ?t }"));
        assertEquals(1, count("SELECT ?d { ?d kg:titel \"Gewijzigde titel van het document\"@nl }"));
        // names by GUID reach the numbered IRIs, learnt from records synced before (activiteit, agendapunt)
        assertEquals(1, count("SELECT * { <http://localhost:3030/id/besluit/6b15c18f-fdc5-4ea4-bee2-a556e94d7682> kg:agendapunt <http://localhost:3030/id/agendapunt/2022P17046> }"));
        assertEquals(1, count("SELECT * { <http://localhost:3030/id/agendapunt/2022P17046> kg:activiteit <http://localhost:3030/id/activiteit/2022A07659> }"));
        // each record graph cites the record's URL at the API, whichever feed brought it
        assertEquals(1, count("SELECT * { GRAPH <http://localhost:3030/graph/odata-zaak/e2cf50ed-b561-4752-b21a-61c56692c027> { ?g dct:source \""
                + f.api.baseUrl() + "/OData/v4/2.0/Zaak(e2cf50ed-b561-4752-b21a-61c56692c027)\" } }"));
    }

    // slow: a stopped run resumed to the end; aCrashBetweenCommitAndChangeLogIsSettledOnTheNextRun keeps
    // resuming covered in the quick loop.
    @Tag("slow")
    @Test
    void aSyncStoppedAfterTwoPagesResumesToTheSameStateWithoutLossOrDuplication() throws Exception {
        f.api.failAfterPages(2);
        SyncReport first = f.sync().run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));
        assertTrue(first.error().isPresent(), "the failing source must stop the sync");
        assertNotEquals(f.fullMapOfFinalState(), f.syncedRecordGraphs());
        assertEquals(2, first.feeds().get("syncfeed/Zaak").pages());

        f.reopen(); // as a new process would
        f.api.healthy();
        SyncReport second = f.sync().run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));
        assertTrue(second.error().isEmpty(), () -> second.error().get());

        assertEquals(f.fullMapOfFinalState(), f.syncedRecordGraphs());
        // nothing applied twice: the resumed run did not see the first run's changes again
        assertEquals(0, second.unchanged());
        assertEquals(28, first.changed() + first.deleted() + second.changed() + second.deleted());
        assertChangeLogMatchesStore(34);
    }

    @Test
    void aCrashBetweenCommitAndChangeLogIsSettledOnTheNextRun() throws Exception {
        syncKilledAtTheSecondBatch(KillAt.AFTER_COMMIT);
        assertEquals(1, f.sync().changeLog().pending().size(), "the killed batch's log segment is left pending");

        f.reopen();
        assertTheNextRunReachesTheFinalState();
        assertTrue(f.sync().changeLog().pending().isEmpty());
        assertChangeLogMatchesStore(34);
    }

    // slow: a killed run and two more runs to the end; aCrashBetweenCommitAndChangeLogIsSettledOnTheNextRun
    // keeps a killed sync covered in the quick loop.
    @Tag("slow")
    @Test
    void aCrashBeforeCommitLeavesNeitherDataNorLogAndTheNextRunRedoesThePage() throws Exception {
        syncKilledAtTheSecondBatch(KillAt.BEFORE_COMMIT);
        f.reopen();
        assertEquals(3, f.sync().changeLog().entries().size(), "only the first page's three changes are logged");

        assertTheNextRunReachesTheFinalState();
        assertChangeLogMatchesStore(34);
    }

    private enum KillAt { BEFORE_COMMIT, AFTER_COMMIT }

    /** A sync run killed (as by kill -9, here a {@link SimulatedKill}) at its second batch, before or after the commit. */
    private void syncKilledAtTheSecondBatch(KillAt at) {
        int[] batches = {0};
        StoreSync.CommitObserver kill = new StoreSync.CommitObserver() {
            @Override public void beforeCommit() {
                if (at == KillAt.BEFORE_COMMIT && ++batches[0] == 2) throw new SimulatedKill();
            }

            @Override public void afterCommit() {
                if (at == KillAt.AFTER_COMMIT && ++batches[0] == 2) throw new SimulatedKill();
            }
        };
        assertThrows(SimulatedKill.class, () -> f.sync(kill).run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES)));
    }

    /** The next run ends without error with the store as a full map of the source's final state. */
    private void assertTheNextRunReachesTheFinalState() throws Exception {
        SyncReport resumed = f.sync().run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));
        assertTrue(resumed.error().isEmpty());
        assertEquals(f.fullMapOfFinalState(), f.syncedRecordGraphs());
    }

    // slow: odataDeltaSyncFollowsChangesAndDeletionsToTheFinalStateAndThenSeesNothingNew ends with the same
    // unchanged run in the quick loop.
    @Tag("slow")
    @Test
    void syncingAnUnchangedSourceChangesNothingAndSaysSo() throws Exception {
        f.sync().run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));
        Set<Quad> before = f.storeQuads();
        List<ChangeEntry> logBefore = f.sync().changeLog().entries();
        String positionsBefore = Files.readString(f.build.resolve("sync/position.json"));

        SyncReport again = f.sync().run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));

        assertTrue(again.error().isEmpty());
        assertTrue(again.nothingChanged());
        assertTrue(again.summary().startsWith("nothing changed"), again.summary());
        assertEquals(before, f.storeQuads());
        assertEquals(logBefore, f.sync().changeLog().entries());
        assertEquals(positionsBefore, Files.readString(f.build.resolve("sync/position.json")));
    }

    @Test
    void aSourceThatStaysDownGivesAClearErrorAndLeavesTheStoreUnchanged() throws Exception {
        f.sync().run(f.syncFeeds(f.http(2), List.of("Zaak")));
        Set<Quad> before = f.storeQuads();
        String positionsBefore = Files.readString(f.build.resolve("sync/position.json"));
        f.api.down(true);
        int requestsBefore = f.api.requests();

        SyncReport report = f.sync().run(f.syncFeeds(f.http(3), SyncFixture.ENTITIES));

        String error = report.error().orElseThrow();
        assertTrue(error.contains("did not answer") && error.contains("HTTP 503") && error.contains("3 time(s)")
                && error.contains(f.api.baseUrl() + "/SyncFeed/2.0/Feed?category=Zaak"), error);
        assertEquals(3, f.api.requests() - requestsBefore, "3 tries of the first page, then no further feeds");
        assertEquals(before, f.storeQuads());
        assertEquals(positionsBefore, Files.readString(f.build.resolve("sync/position.json")));
    }

    @Test
    void odataDeltaSyncFollowsChangesAndDeletionsToTheFinalStateAndThenSeesNothingNew() throws Exception {
        f.api.publishODataSteps(1);
        SyncReport first = f.sync().run(f.odataFeeds(f.http(2), SyncFixture.ENTITIES));
        assertTrue(first.error().isEmpty(), () -> first.error().get());
        assertNotEquals(f.fullMapOfFinalState(), f.syncedRecordGraphs());

        f.api.publishODataSteps(99);
        SyncReport second = f.sync().run(f.odataFeeds(f.http(2), SyncFixture.ENTITIES));
        assertTrue(second.error().isEmpty(), () -> second.error().get());
        assertTrue(second.deleted() > 0 && second.changed() > 0);
        assertEquals(f.fullMapOfFinalState(), f.syncedRecordGraphs());

        SyncReport third = f.sync().run(f.odataFeeds(f.http(2), SyncFixture.ENTITIES));
        assertTrue(third.nothingChanged(), third.summary());
        assertEquals(f.fullMapOfFinalState(), f.syncedRecordGraphs());
    }

    @Test
    void theVoteEventOfEachBesluitWhoseVotesChangedIsRecountedFromTheStoreAsAFullMapCountsIt() throws Exception {
        // first the Stemming feed's first page: Omtzigt Voor 1, GroenLinks Voor 8, BBB Voor 1, JA21 Tegen 3
        f.api.publishODataSteps(1);
        assertTrue(f.sync().run(f.odataFeeds(f.http(2), SyncFixture.ENTITIES)).error().isEmpty());
        assertEquals(Set.of("Voor 10", "Tegen 3"), counts(BESLUIT));
        assertEquals(Set.of("Voor 4"), counts(EMPTIED));

        // then GroenLinks votes Tegen instead, BBB's vote is deleted, and so is the only vote on the other besluit
        f.api.publishODataSteps(99);
        assertTrue(f.sync().run(f.odataFeeds(f.http(2), SyncFixture.ENTITIES)).error().isEmpty());
        assertEquals(Set.of("Voor 1", "Tegen 11"), counts(BESLUIT));
        assertEquals(Set.of("Tegen 25"), counts("f59073ca-b620-4701-892f-f35abc2419c3"));
        assertEquals(Set.of("Tegen 1"), counts("d82ad165-f55e-493d-9bfc-5d920c334262"), "a member's vote weighs 1");
        assertEquals(Set.of(), counts(EMPTIED));
        assertEquals(0, count("SELECT * { GRAPH <" + voteEventGraph(EMPTIED) + "> { ?s ?p ?o } }"), "no votes, no vote event graph");

        // the vote event graphs are the full map's, quad for quad, sources apart
        Set<Quad> fullMap = f.fullMapQuads(f.finalStateFiles());
        assertEquals(3, voteEvents(SyncFixture.comparable(fullMap)).stream().map(Quad::getGraph).distinct().count());
        assertEquals(voteEvents(SyncFixture.comparable(fullMap)), voteEvents(f.syncedRecordGraphs()));
        // and each cites the sources of the votes it counts: their URLs at the API here, the file a full map read there
        Map<String, Set<String>> synced = SyncFixture.voteEventSources(f.dataset);
        assertEquals(SyncFixture.sourcesOfTheirVotes(f.dataset), synced);
        String stemming = f.api.baseUrl() + "/OData/v4/2.0/Stemming(";
        assertEquals(Set.of(stemming + "6fadeabe-7a45-4beb-9757-015722bb346a)", stemming + "7087fafa-66c9-400d-b154-179f0cb77dfc)",
                stemming + "29664b46-3951-45d7-b674-1b6514e9279f)"), synced.get(voteEventGraph(BESLUIT)));
        DatasetGraph full = SyncFixture.inMemory(fullMap);
        assertEquals(SyncFixture.sourcesOfTheirVotes(full), SyncFixture.voteEventSources(full));
        Set<String> files = SyncFixture.voteEventSources(full).get(voteEventGraph(BESLUIT));
        assertTrue(files.size() == 1 && files.iterator().next().endsWith("/Stemming.json"), files::toString);
    }

    @Test
    void aRecordThatCannotBeMappedIsReportedWithPageRecordAndFieldWhileTheRestIsAppliedAndHooksAreTold() throws Exception {
        String bad = "e2cf50ed-b561-4752-b21a-61c56692c027"; // zaak 2025Z05057, on pages 1 and 3 of the Zaak feed
        RecordGraphMapper real = f.mapper();
        RecordGraphMapper picky = new RecordGraphMapper() {
            @Override
            public nl.kamergraaf.mapper.spi.RecordGraph map(String type, com.fasterxml.jackson.databind.node.ObjectNode record, String source)
                    throws RecordFormatException {
                if (bad.equals(record.path("Id").asText())) throw new RecordFormatException("Nummer", "refused by this test");
                return real.map(type, record, source);
            }

            @Override
            public void startPage(List<nl.kamergraaf.mapper.spi.PageRecord> records) {
                real.startPage(records);
            }
        };
        List<ChangeEntry> told = new java.util.ArrayList<>();
        long[] graphsSeenByHook = {0};
        SyncHook hook = (dsg, changes) -> {
            told.addAll(changes);
            // a hook reads in a transaction of its own: sync's write transaction has ended
            graphsSeenByHook[0] += Txn.calculateRead(dsg, () -> changes.stream()
                    .filter(c -> dsg.containsGraph(NodeFactory.createURI(c.graph()))).count());
        };

        SyncReport report = new StoreSync(f.dataset, f.build, picky, List.of(hook), new StoreSync.CommitObserver() { })
                .run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));

        assertTrue(report.error().isEmpty());
        assertEquals(2, report.problems().size(), report.problems()::toString);
        var problem = report.problems().get(0);
        assertTrue(problem.file().contains("/SyncFeed/2.0/Feed?category=Zaak"), problem.file());
        assertEquals(bad, problem.record());
        assertEquals("Nummer", problem.field());
        assertEquals("refused by this test", problem.reason());
        Node badGraph = NodeFactory.createURI(SyncFixture.BASE + "/graph/odata-zaak/" + bad);
        Set<Quad> expected = new HashSet<>(f.fullMapOfFinalState());
        expected.removeIf(q -> q.getGraph().equals(badGraph));
        assertEquals(expected, f.syncedRecordGraphs());
        assertEquals(f.sync().changeLog().entries(), told);
        assertEquals(32, told.size());
        // all but one: the vote event of besluit 05c0994d, recounted to nothing when its only vote was deleted
        assertEquals(31, graphsSeenByHook[0]);
    }

    /**
     * Every log entry unique and in order, and the last entry of each graph fingerprints what the store holds. The
     * log has an entry per changed record graph (28) and per recounted vote event graph (6: four besluiten get their
     * first votes on the Stemming feed's first page, its second page recounts two of them).
     */
    private void assertChangeLogMatchesStore(int expectedEntries) throws Exception {
        List<ChangeEntry> log = f.sync().changeLog().entries();
        assertEquals(expectedEntries, log.size(), log::toString);
        Set<Long> seqs = new HashSet<>();
        long last = 0;
        for (ChangeEntry e : log) {
            assertTrue(seqs.add(e.seq()), "duplicate sequence number " + e.seq());
            assertTrue(e.seq() > last);
            last = e.seq();
        }
        Map<String, ChangeEntry> latest = new HashMap<>();
        log.forEach(e -> latest.put(e.graph(), e));
        DatasetGraph dsg = f.dataset;
        Txn.executeRead(dsg, () -> latest.values().forEach(e -> {
            Set<Triple> stored = new HashSet<>();
            dsg.find(NodeFactory.createURI(e.graph()), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
            assertEquals(e.hash(), GraphHash.of(stored), "log and store disagree on " + e.graph());
        }));
        assertEquals(5, latest.values().stream().filter(e -> e.kind() == ChangeEntry.Kind.DELETED).count());
        assertEquals(4, latest.keySet().stream().filter(g -> g.startsWith(SyncFixture.BASE + "/graph/odata-stemmingsuitslag/")).count());
        assertFalse(latest.isEmpty());
    }

    /** The counts of the vote event on a besluit, as "option value". */
    private Set<String> counts(String besluit) {
        return Txn.calculateRead(f.dataset, () -> {
            Set<String> out = new HashSet<>();
            try (var qe = QueryExecutionFactory.create(PREFIXES + """
                    SELECT ?option ?votes { ?event a kg:Stemmingsuitslag ; kg:besluit <%s/id/besluit/%s> ;
                        opengov:count [ opengov:option/skos:prefLabel ?option ; opengov:value ?votes ] FILTER(LANG(?option) = "nl") }"""
                    .formatted(SyncFixture.BASE, besluit), DatasetImpl.wrap(f.dataset))) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("option").getString() + " " + r.getLiteral("votes").getLong()));
            }
            return out;
        });
    }

    private static String voteEventGraph(String besluit) {
        return SyncFixture.BASE + "/graph/odata-stemmingsuitslag/" + besluit;
    }

    private static Set<Quad> voteEvents(Set<Quad> quads) {
        Set<Quad> out = new HashSet<>();
        for (Quad q : quads) if (q.getGraph().getURI().startsWith(SyncFixture.BASE + "/graph/odata-stemmingsuitslag/")) out.add(q);
        return out;
    }

    private long count(String select) {
        return Txn.calculateRead(f.dataset, () -> {
            try (var qe = QueryExecutionFactory.create(PREFIXES + select, DatasetImpl.wrap(f.dataset))) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    n++;
                }
                return n;
            }
        });
    }

    private static String deletedZaak() throws Exception {
        var history = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ReplayApi.resource("sync/history.json"));
        return history.get("Zaak").get(2).get(0).get("Id").asText();
    }

    /** Stands for the process being killed at that point: not caught by the code under test. */
    static final class SimulatedKill extends Error {
        SimulatedKill() {
            super("simulated kill");
        }
    }
}
