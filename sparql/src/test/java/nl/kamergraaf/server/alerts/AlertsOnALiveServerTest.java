package nl.kamergraaf.server.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.LiveStoreServer;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/**
 * The feeds on the server {@code serve} runs (default extensions, the switchable dataset over the store's live
 * build): they answer from the live build's journal, take a saved query's baseline through the switchable dataset,
 * and follow a hot switch to a new load (a new build, a new journal: the ETag changes).
 */
class AlertsOnALiveServerTest {
    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void feedsAnswerFromTheLiveBuildAndFollowAHotSwitchToANewLoad() throws Exception {
        StoreDirectory store = new StoreDirectory(dir.resolve("store"));
        load(store, "16c85466-032e-4c1f-beec-42513213f2c1");
        Files.createDirectories(store.root().resolve("alerts"));
        Files.writeString(store.root().resolve("alerts/zaken.rq"),
                "PREFIX kg: <https://w3id.org/kamergraaf/def#>\nSELECT ?zaak ?nummer { ?zaak a kg:Zaak ; kg:zaaknummer ?nummer }\n");
        LiveStoreServer.Options options = new LiveStoreServer.Options(Duration.ofMillis(100), Optional.empty(), 3, Duration.ofHours(24));
        try (LiveStoreServer live = LiveStoreServer.start(store, KamergraafServer.create().extensions(ServerAssembly.extensions()).port(0), options)) {
            String base = live.server().baseUrl();
            HttpResponse<String> dossier = get(base + "/alerts/dossier/36600-XIII");
            assertEquals(200, dossier.statusCode(), dossier.body());
            assertTrue(dossier.body().contains("<title>Kamergraaf: "), dossier.body());
            HttpResponse<String> saved = get(base + "/alerts/zaken.rss");
            assertEquals(200, saved.statusCode(), saved.body());
            Path first = store.current().orElseThrow();
            assertTrue(Files.isRegularFile(first.resolve("sync/alerts/queries/zaken.rows")), "the baseline is kept with the build");
            String etag = dossier.headers().firstValue("ETag").orElseThrow();

            load(store, "0558b771-439a-4c6f-9527-11ae1ced6a85");
            Path second = store.current().orElseThrow();
            assertNotEquals(first, second);
            // the server switches within its switch check; until then the old build answers
            String after = etag;
            for (int i = 0; i < 600 && after.equals(etag); i++) {
                Thread.sleep(100);
                after = get(base + "/alerts/dossier/36600-XIII").headers().firstValue("ETag").orElseThrow();
            }
            assertNotEquals(etag, after, "the feed answers from the new build");
            assertEquals(200, get(base + "/alerts/zaken").statusCode());
            assertTrue(Files.isRegularFile(second.resolve("sync/alerts/queries/zaken.rows")), "a new load takes a new baseline");
        }
    }

    private static void load(StoreDirectory store, String zaak) throws Exception {
        Path file = ProjectFiles.dataDir().resolve("tk-opendata/zaak/" + zaak + ".json");
        new StoreLoader(store).load(out -> KamergraafMapper.create().base("http://localhost:3030").sources(List.of(file)).build().map(out));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
