package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.LiveServerFixture;
import nl.kamergraaf.server.LiveStoreServer;
import nl.kamergraaf.store.BuildCompactor;
import nl.kamergraaf.store.sync.ChangeLog;
import nl.kamergraaf.store.sync.CompactionPolicy;
import nl.kamergraaf.store.sync.PeriodicSync;
import nl.kamergraaf.store.sync.RecordGraphMappers;
import nl.kamergraaf.store.sync.SyncFixture;

/**
 * A serving store that sync changes is compacted by copy and switched to while it answers queries, and its
 * full-text index stays the index of its data: a word sync added is found after compaction, a word of a changed or
 * deleted record is not, and sync goes on into the compacted build (the index keeps following it).
 */
@Tag("slow")
class CompactionWhileServingTest {
    private static final String SELECT_TEXT = "SELECT ?s { ?s <http://jena.apache.org/text#query> '%s' }";

    @TempDir
    Path dir;

    @Test
    void syncedChangesSurviveCompactionInTheDataAndInTheFullTextIndexWithNoFailedRequest() throws Exception {
        try (SyncFixture f = new SyncFixture(dir)) {
            TDBInternal.expel(f.dataset);
            f.dataset = null;
            f.api.publishODataSteps(1);
            int port = LiveServerFixture.freePort();
            // compact after more than one change: every sync run that changes something is followed by a compaction
            LiveStoreServer.Options options = new LiveStoreServer.Options(Duration.ofSeconds(1), Optional.empty(), 1, Duration.ZERO,
                    new CompactionPolicy(1));
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger answered = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            try (LiveStoreServer live = LiveStoreServer.start(f.store, KamergraafServer.create().extensions(ServerAssembly.extensions()).port(port), options);
                 PeriodicSync sync = live.startSync(dsg -> RecordGraphMappers.forStore(f.uris, dsg),
                         () -> f.odataFeeds(f.http(2), SyncFixture.ENTITIES), Duration.ofMillis(200),
                        ServerAssembly.syncHooks())) {
                KamergraafServer server = live.server();
                Thread clients = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            overHttp(server, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
                            overHttp(server, String.format(SELECT_TEXT, "motie"));
                            answered.incrementAndGet();
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                });
                clients.start();
                try {
                    // step 1 of the history: zaak 1a6526c6 is about "religieuze profilering", zaak 24a47b7d about a "coördinerende" actor
                    LiveServerFixture.awaitCondition("a compaction after the first sync", 600, 100,
                            () -> BuildCompactor.isCompaction(live.dataset().currentBuild()));
                    Path firstCopy = live.dataset().currentBuild();
                    assertEquals(1, overHttp(server, String.format(SELECT_TEXT, "profilering")).size(),
                            "a word sync added is found after compaction");
                    assertEquals(1, overHttp(server, String.format(SELECT_TEXT, "coördinerende")).size());

                    // the rest of the history: 1a6526c6 changed ("Motie (gewijzigd) …"), 24a47b7d deleted, documents deleted
                    f.api.publishODataSteps(99);
                    LiveServerFixture.awaitCondition("a compaction after the second sync", 600, 100, () -> {
                        Path now = live.dataset().currentBuild();
                        return !now.equals(firstCopy) && BuildCompactor.isCompaction(now);
                    });
                    AtomicReference<Set<String>> gewijzigd = new AtomicReference<>();
                    LiveServerFixture.awaitCondition("the zaak and the document sync changed, found by their new word", 600, 100, () -> {
                        gewijzigd.set(overHttp(server, String.format(SELECT_TEXT, "gewijzigd")));
                        return gewijzigd.get().size() == 2;
                    });
                    assertEquals(Set.of(), overHttp(server, String.format(SELECT_TEXT, "profilering")), "the word of the old version is gone");
                    assertEquals(Set.of(), overHttp(server, String.format(SELECT_TEXT, "coördinerende")), "the word of the deleted zaak is gone");
                } finally {
                    stop.set(true);
                    clients.join();
                }
                assertEquals(0, failed.get(), "requests failed during sync and compaction");
                assertTrue(answered.get() > 0);
                LiveServerFixture.awaitCondition("the old builds removed once no request used them", 600, 100,
                        () -> builds(f).size() == 1);
            }
            // nothing was lost or kept in the copies: the compacted store is what a full map of the final state gives
            f.open();
            assertEquals(f.fullMapOfFinalState(), f.syncedRecordGraphs());
            assertEquals(0, CompactionPolicy.changesSinceCompaction(f.build), "the copy counts its own changes from zero");
            assertTrue(ChangeLog.of(f.build).lastSeq() > 0, "the change log went along with the data");
        }
    }

    private static List<Path> builds(SyncFixture f) {
        try (Stream<Path> s = Files.list(f.store.root().resolve("builds"))) {
            return s.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> overHttp(KamergraafServer server, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(query).build()) {
            Set<String> out = new TreeSet<>();
            var rs = qe.execSelect();
            String var = rs.getResultVars().get(0);
            rs.forEachRemaining(s -> out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString()));
            return out;
        }
    }
}
