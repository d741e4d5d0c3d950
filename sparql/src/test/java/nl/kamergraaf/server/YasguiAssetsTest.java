package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.BundledStore;

/**
 * YASGUI's released files are in the jar (fetched by the build at the pinned version) and served from it with their
 * content types, their licence beside them, and caching for a year at a URL that names the version.
 */
class YasguiAssetsTest {
    static final String PINNED = "4.6.2";
    static KamergraafServer server;

    @BeforeAll
    static void serve() throws Exception {
        server = BundledStore.sharedServer();
    }


    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return Http.CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void thePinnedVersionIsInTheJar() {
        assertEquals(PINNED, YasguiAssets.load().version());
    }

    @Test
    void eachFileIsServedFromTheJarWithItsContentTypeAndALongCache() throws Exception {
        String folder = YasguiAssets.PATH + "/" + PINNED + "/";
        String[][] files = {
                {"yasgui.min.js", "text/javascript"}, {"yasgui.min.css", "text/css"},
                {"LICENSE", "text/plain"}, {"package.json", "application/json"}};
        for (String[] f : files) {
            HttpResponse<byte[]> r = get(folder + f[0]);
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), f[0] + ": " + r.headers().firstValue("Content-Type"));
            String cache = r.headers().firstValue("Cache-Control").orElse("");
            assertTrue(cache.contains("max-age=31536000") && cache.contains("immutable"), f[0] + ": " + cache);
            try (InputStream in = getClass().getResourceAsStream(YasguiAssets.RESOURCE_FOLDER + f[0])) {
                assertArrayEquals(in.readAllBytes(), r.body(), f[0] + " is the jar's file byte for byte");
            }
            String etag = r.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, get(folder + f[0], "If-None-Match", etag).statusCode(), f[0] + " revalidates");
        }
        assertTrue(get(folder + "yasgui.min.js").body().length > 500_000, "the whole released bundle");
        String license = new String(get(folder + "LICENSE").body(), StandardCharsets.UTF_8);
        assertTrue(license.contains("MIT License") && license.contains("Permission is hereby granted"), license);
        String pkg = new String(get(folder + "package.json").body(), StandardCharsets.UTF_8);
        assertTrue(pkg.contains("\"name\": \"@zazuko/yasgui\"") && pkg.contains("\"license\": \"MIT\""), "the package's own package.json");
    }

    @Test
    void otherFilesAndVersionsAreNotFound() throws Exception {
        for (String path : new String[] {"/assets/yasgui/4.6.1/yasgui.min.js", "/assets/yasgui/" + PINNED + "/yasgui.min.js.map",
                "/assets/yasgui/" + PINNED + "/../../query", "/assets/yasgui/" + PINNED + "/", "/assets/yasgui/"}) {
            assertEquals(404, get(path).statusCode(), path);
        }
    }
}
