package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.server.release.Publication;
import nl.kamergraaf.server.release.ReleasePublisher;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.LiveServerFixture;
import nl.kamergraaf.server.LiveStoreServer;
import nl.kamergraaf.server.changes.ChangeFeedExtension;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.sync.PeriodicSync;
import nl.kamergraaf.store.sync.RecordGraphMappers;
import nl.kamergraaf.store.sync.SyncFixture;

/**
 * Sync inside the serving process ({@code serve --sync-interval}): the served data, and its full-text index, follow
 * the source while the endpoint keeps answering.
 */
@Tag("slow")
class PeriodicSyncTest {
    @TempDir
    Path dir;

    @Test
    void aServerThatSyncsItselfServesTheSourcesChangesOverSparqlAndFullTextSearch() throws Exception {
        try (SyncFixture f = new SyncFixture(dir)) {
            // opened as 'kamergraaf serve' opens it: with the build's full-text index attached
            TDBInternal.expel(f.dataset);
            f.dataset = KamergraafDataset.openWithTextIndex(f.build);
            try (KamergraafServer server = KamergraafServer.create().dataset(f.dataset).port(0).storeRoot(f.store.root())
                        .extensions(List.of(new ChangeFeedExtension())).build().start()) {
                assertEquals(Set.of("0"), overHttp(server, "SELECT (COUNT(?x) AS ?n) { ?x a <https://w3id.org/kamergraaf/def#VerwijderdRecord> }"),
                        "nothing served before the first sync");
                try (PeriodicSync sync = PeriodicSync.start(f.dataset, f.build, f.mapper(),
                        () -> f.syncFeeds(f.http(2), SyncFixture.ENTITIES), Duration.ofMillis(200),
                        ServerAssembly.syncHooks())) {
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (sync.lastReport() == null && System.nanoTime() < deadline) Thread.sleep(50);
                    assertTrue(sync.lastReport() != null, "the first sync did not end within a minute");
                    assertTrue(sync.lastReport().error().isEmpty());
                    // 5 deleted records, by their GUID; those that had a number are tombstones at it as well
                    assertEquals(Set.of("5"), overHttp(server, "SELECT (COUNT(DISTINCT ?id) AS ?n) { ?x a <https://w3id.org/kamergraaf/def#VerwijderdRecord> ; "
                            + "<http://purl.org/dc/terms/identifier> ?id }"));
                    // the changed onderwerp of zaak 2025Z18280 and the changed titel of document 2025D11607 (Dutch stemming)
                    assertEquals(Set.of("http://localhost:3030/id/document/2025D11607", "http://localhost:3030/id/zaak/2025Z18280"),
                            overHttp(server, "SELECT ?s { ?s <http://jena.apache.org/text#query> 'gewijzigd' }"));
                    assertEquals(Set.of(), overHttp(server, "SELECT ?s { ?s <http://jena.apache.org/text#query> 'profilering' }"));
                    assertEquals(f.fullMapOfFinalState(), f.syncedRecordGraphs());
                }
            } finally {
                KamergraafDataset.close(f.dataset);
                f.dataset = null;
            }
        }
    }

    @Test
    void aLiveServerThatSyncsItselfPublishesAReleaseOfTheChangedData() throws Exception {
        try (SyncFixture f = new SyncFixture(dir)) {
            TDBInternal.expel(f.dataset);
            f.dataset = null;
            int port = LiveServerFixture.freePort();
            LiveStoreServer.Options options = new LiveStoreServer.Options(Duration.ofSeconds(1),
                    Optional.of(new Publication(SyncFixture.BASE, "http://localhost:" + port)), 2, Duration.ZERO);
            try (LiveStoreServer live = LiveStoreServer.start(f.store, KamergraafServer.create().extensions(ServerAssembly.extensions()).port(port), options);
                 PeriodicSync sync = live.startSync(dsg -> RecordGraphMappers.forStore(f.uris, dsg),
                         () -> f.syncFeeds(f.http(2), SyncFixture.ENTITIES), Duration.ofHours(1),
                        ServerAssembly.syncHooks())) {
                LiveServerFixture.awaitCondition("the first sync", 600, 100, () -> sync.lastReport() != null);
                assertTrue(sync.lastReport().error().isEmpty());
                KamergraafServer server = live.server();
                assertEquals(Set.of("http://localhost:3030/id/document/2025D11607", "http://localhost:3030/id/zaak/2025Z18280"),
                        overHttp(server, "SELECT ?s { ?s <http://jena.apache.org/text#query> 'gewijzigd' }"),
                        "the sync went into the served build and its full-text index");
                long quads = Long.parseLong(overHttp(server, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").iterator().next());
                assertTrue(quads > 0);
                ReleasePublisher releases = live.releases().orElseThrow();
                LiveServerFixture.awaitCondition("a release of the synced data", 600, 100,
                        () -> releases.lastRelease().map(r -> r.quads() == quads).orElse(false));
            }
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
