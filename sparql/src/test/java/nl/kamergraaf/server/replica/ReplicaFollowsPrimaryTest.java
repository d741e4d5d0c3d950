package nl.kamergraaf.server.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.BundledStore;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.server.release.Publication;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.LiveServerFixture;
import nl.kamergraaf.server.LiveStoreServer;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;
import nl.kamergraaf.store.sync.ApiBase;
import nl.kamergraaf.store.sync.ChangeFeed;
import nl.kamergraaf.store.sync.PeriodicSync;
import nl.kamergraaf.store.sync.PoliteHttpClient;
import nl.kamergraaf.store.sync.RecordGraphMappers;
import nl.kamergraaf.store.sync.ReplayApi;
import nl.kamergraaf.store.sync.RetryPolicy;
import nl.kamergraaf.store.sync.SyncFeedSource;

/**
 * A replica in this JVM against a primary on loopback, both on real TDB2 stores of their own: the replica starts
 * from the primary's release (the bundled data/), follows the primary's sync of the replayed Tweede Kamer API
 * through the change feed (graphs, tombstones and full-text index), switches to the release of a new build the
 * primary loads, and stops answering once its primary has been gone longer than the lag allows.
 */
@Tag("slow")
class ReplicaFollowsPrimaryTest {
    private static final String QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String DELETED = "SELECT (COUNT(?x) AS ?n) { ?x a <https://w3id.org/kamergraaf/def#VerwijderdRecord> }";
    private static final String CHANGED_WORDS = "SELECT ?s { ?s <http://jena.apache.org/text#query> 'gewijzigd' }";
    private static final List<String> ENTITIES = List.of("Zaak", "Document", "Activiteit", "Agendapunt", "Besluit", "Stemming");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void aReplicaLoadsThePrimarysReleaseFollowsItsSyncAndNewBuildAndRefusesWhenTooFarBehind() throws Exception {
        StoreDirectory primaryStore = new StoreDirectory(dir.resolve("primary"));
        new StoreLoader(primaryStore).load(out -> KamergraafMapper.create().base(BundledStore.BASE).source(ProjectFiles.dataDir()).build().map(out));
        int port = LiveServerFixture.freePort();
        String primaryUrl = "http://localhost:" + port;
        LiveStoreServer.Options primaryOptions = new LiveStoreServer.Options(Duration.ofMillis(500),
                Optional.of(new Publication(BundledStore.BASE, primaryUrl)), 2, Duration.ZERO);
        LiveStoreServer primary = LiveStoreServer.start(primaryStore, KamergraafServer.create().extensions(ServerAssembly.extensions()).port(port), primaryOptions);
        boolean primaryStopped = false;
        try (ReplayApi api = new ReplayApi()) {
            // --max-lag 15 s: long enough that a busy machine stalling the primary (its second load) does not make
            // the replica refuse the counts below, short enough to see it refuse once the primary is gone.
            ReplicaServer.Options replicaOptions = new ReplicaServer.Options(URI.create(primaryUrl), BundledStore.BASE,
                    Duration.ofSeconds(15), Duration.ofMillis(200), Duration.ofMillis(500));
            try (ReplicaServer replica = ReplicaServer.start(new StoreDirectory(dir.resolve("replica")),
                    KamergraafServer.create().extensions(ServerAssembly.extensions()).port(0), replicaOptions)) {
                String replicaUrl = replica.server().baseUrl();
                LiveServerFixture.awaitCondition("the replica caught up with the release", 600, 100, () -> replica.lag().fresh());
                String loaded = count(replicaUrl, QUADS);
                assertEquals(count(primaryUrl, QUADS), loaded, "the release holds the primary's quads");
                String deletedBefore = count(replicaUrl, DELETED);

                try (PeriodicSync sync = primary.startSync(dsg -> RecordGraphMappers.forStore(new UriMinter(BundledStore.BASE), dsg),
                        () -> feeds(api), Duration.ofHours(1),
                        ServerAssembly.syncHooks())) {
                    LiveServerFixture.awaitCondition("the primary's sync", 1200, 100, () -> sync.lastReport() != null);
                    assertTrue(sync.lastReport().error().isEmpty(), () -> sync.lastReport().error().get());
                }
                long committed = ReleasePositions.changesCommitted(primaryStore.current().orElseThrow());
                assertTrue(committed > 0, "the sync changed graphs");
                LiveServerFixture.awaitCondition("the replica applied the primary's changes", 1200, 100,
                        () -> replica.lag().applied() >= committed);
                assertEquals(count(primaryUrl, DELETED), count(replicaUrl, DELETED));
                assertNotEquals(deletedBefore, count(replicaUrl, DELETED), "the sync's tombstones reached the replica");
                assertEquals(count(primaryUrl, QUADS), count(replicaUrl, QUADS), "the replica holds the primary's quads after the sync");
                Set<String> changedWords = column(primaryUrl, CHANGED_WORDS);
                assertTrue(changedWords.contains("http://localhost:3030/id/zaak/2025Z18280"), changedWords::toString);
                assertEquals(changedWords, column(replicaUrl, CHANGED_WORDS), "the replica's full-text index followed the changes");

                HttpResponse<String> status = get(replicaUrl + "/$/status");
                JsonNode json = new ObjectMapper().readTree(status.body());
                assertEquals("replica", json.path("role").asText());
                assertEquals(committed, json.path("appliedChange").asLong());
                assertTrue(json.path("serving").asBoolean());
                HttpResponse<String> page = get(replicaUrl + "/doc/zaak/2025Z18280.ttl");
                assertEquals(200, page.statusCode());
                assertTrue(page.headers().firstValue(LagFilter.HEADER).isPresent(), "answers say the lag");

                // A new load on the primary: a new build and a new change log; the replica loads its release and switches.
                new StoreLoader(primaryStore).load(out -> KamergraafMapper.create().base(BundledStore.BASE)
                        .source(ProjectFiles.dataDir().resolve("tk-opendata").resolve("zaak")).build().map(out));
                LiveServerFixture.awaitCondition("the primary switched to the new build", 600, 100,
                        () -> primary.dataset().currentBuild().equals(primaryStore.current().orElseThrow()));
                String smaller = count(primaryUrl, QUADS);
                assertNotEquals(loaded, smaller);
                LiveServerFixture.awaitCondition("the replica switched to the new build's release", 1200, 100,
                        () -> smaller.equals(countQuietly(replicaUrl, QUADS)));
                assertEquals(count(primaryUrl, DELETED), count(replicaUrl, DELETED));

                // The primary goes away: once the lag passes --max-lag the replica refuses data, and says why.
                primary.close();
                primaryStopped = true;
                LiveServerFixture.awaitCondition("the replica noticed it is too far behind", 900, 100, () -> !replica.lag().fresh());
                HttpResponse<String> refused = get(replicaUrl + "/sparql?query=ASK%7B%7D");
                assertEquals(503, refused.statusCode());
                assertTrue(refused.headers().firstValue("Retry-After").isPresent());
                assertTrue(refused.body().contains("behind its primary"), refused.body());
                assertEquals(503, get(replicaUrl + "/$/lag").statusCode(), "the load balancer's check fails");
                assertEquals(200, get(replicaUrl + "/$/ping").statusCode(), "the process itself is alive");
            }
        } finally {
            if (!primaryStopped) primary.close();
        }
    }

    private static List<ChangeFeed> feeds(ReplayApi api) {
        PoliteHttpClient http = new PoliteHttpClient(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(10)));
        List<ChangeFeed> feeds = new ArrayList<>();
        for (String e : ENTITIES) feeds.add(new SyncFeedSource(ApiBase.of(api.baseUrl()), e, http));
        return feeds;
    }

    private static String countQuietly(String server, String query) {
        try {
            return count(server, query);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String count(String server, String query) {
        return column(server, query).iterator().next();
    }

    private static Set<String> column(String server, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server + KamergraafServer.SPARQL_PATH).query(query).build()) {
            Set<String> out = new TreeSet<>();
            var rs = qe.execSelect();
            String var = rs.getResultVars().get(0);
            rs.forEachRemaining(s -> out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString()));
            return out;
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
