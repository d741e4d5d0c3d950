package nl.kamergraaf.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.changes.ChangeFeedExtension;

/** Sync inside the serving process: the served data follows the source while the endpoint keeps answering. */
class PeriodicSyncTest {
    @TempDir
    Path dir;

    @Test
    void aServerThatSyncsItselfServesTheSourcesChangesOverSparql() throws Exception {
        try (SyncFixture f = new SyncFixture(dir)) {
            try (KamergraafServer server = KamergraafServer.create().dataset(f.dataset).port(0).storeRoot(f.store.root())
                        .extensions(List.of(new ChangeFeedExtension())).build().start()) {
                assertEquals(0, tombstonesOverHttp(server), "nothing served before the first sync");
                try (PeriodicSync sync = PeriodicSync.start(f.dataset, f.build, f.mapper,
                        () -> f.syncFeeds(f.http(2), SyncFixture.ENTITIES), Duration.ofMillis(200))) {
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (sync.lastReport() == null && System.nanoTime() < deadline) Thread.sleep(50);
                    assertTrue(sync.lastReport() != null, "the first sync did not end within a minute");
                    assertTrue(sync.lastReport().error().isEmpty());
                    assertEquals(4, tombstonesOverHttp(server));
                    assertEquals(f.fullMapOfFinalState(), f.storeQuads());
                }
            }
        }
    }

    private static long tombstonesOverHttp(KamergraafServer server) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl())
                .query("SELECT (COUNT(?x) AS ?n) { ?x a <https://w3id.org/kamergraaf/def#VerwijderdRecord> }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
