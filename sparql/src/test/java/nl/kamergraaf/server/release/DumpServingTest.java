package nl.kamergraaf.server.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.server.KamergraafServer;

/** The dump files over real HTTP: length, ETag, Last-Modified, conditional requests and byte ranges. */
// slow: writes a whole release of data/ before its first request; in the quick loop ReleaseWriterTest
// covers the files served and LiveDescriptionTest the server's answer before any release.
@Tag("slow")
class DumpServingTest {
    @TempDir
    static Path storeDir;

    static DatasetGraph store;
    static KamergraafServer server;
    static ReleaseWriter.Release release;
    static byte[] file;
    static String sha256;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serveARelease() throws Exception {
        store = MappedStore.create(storeDir);
        server = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(store).port(0).storeRoot(storeDir).build().start();
        release = new ReleaseWriter(store, new Publication(MappedStore.BASE, server.baseUrl()))
                .write(new ReleaseDirectory(DistributionExtension.defaultFolder(storeDir)));
        file = Files.readAllBytes(release.folder().resolve(DumpFormat.NTRIPLES.fileName()));
        sha256 = ReleaseWriter.sha256(release.folder().resolve(DumpFormat.NTRIPLES.fileName()));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) TDBInternal.expel(store);
    }

    private static String url(String release, String name) {
        return server.baseUrl() + "/dumps/" + release + "/" + name;
    }

    private static HttpResponse<byte[]> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aWholeFileComesWithLengthStrongEtagLastModifiedAndAcceptRanges() throws Exception {
        HttpResponse<byte[]> r = get(url(release.id(), DumpFormat.NTRIPLES.fileName()));
        assertEquals(200, r.statusCode());
        assertArrayEquals(file, r.body());
        assertEquals(file.length, r.headers().firstValueAsLong("Content-Length").orElseThrow());
        assertEquals("\"" + sha256 + "\"", r.headers().firstValue("ETag").orElseThrow());
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
        assertEquals("bytes", r.headers().firstValue("Accept-Ranges").orElseThrow());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), "the gzip file is the entity, not an encoding");
    }

    @Test
    void latestServesTheSameFileAsTheNewestRelease() throws Exception {
        HttpResponse<byte[]> r = get(url("latest", DumpFormat.NTRIPLES.fileName()));
        assertEquals(200, r.statusCode());
        assertArrayEquals(file, r.body());
        assertEquals("\"" + sha256 + "\"", r.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void aClosedRangeGives206WithThoseBytesAndContentRange() throws Exception {
        HttpResponse<byte[]> r = get(url(release.id(), DumpFormat.NTRIPLES.fileName()), "Range", "bytes=0-9");
        assertEquals(206, r.statusCode());
        assertArrayEquals(Arrays.copyOfRange(file, 0, 10), r.body());
        assertEquals("bytes 0-9/" + file.length, r.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(10, r.headers().firstValueAsLong("Content-Length").orElseThrow());
    }

    @Test
    void anOpenRangeResumesADownloadToTheEnd() throws Exception {
        int from = file.length / 2;
        HttpResponse<byte[]> r = get(url(release.id(), DumpFormat.NTRIPLES.fileName()), "Range", "bytes=" + from + "-");
        assertEquals(206, r.statusCode());
        assertArrayEquals(Arrays.copyOfRange(file, from, file.length), r.body());
        assertEquals("bytes " + from + "-" + (file.length - 1) + "/" + file.length, r.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void aSuffixRangeGivesTheLastBytes() throws Exception {
        HttpResponse<byte[]> r = get(url(release.id(), DumpFormat.NTRIPLES.fileName()), "Range", "bytes=-8");
        assertEquals(206, r.statusCode());
        assertArrayEquals(Arrays.copyOfRange(file, file.length - 8, file.length), r.body());
    }

    @Test
    void aRangeBeyondTheEndGives416WithTheLength() throws Exception {
        HttpResponse<byte[]> r = get(url(release.id(), DumpFormat.NTRIPLES.fileName()), "Range", "bytes=" + file.length + "-");
        assertEquals(416, r.statusCode());
        assertEquals("bytes */" + file.length, r.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void aRangeForAnOlderVersionGivesTheWholeCurrentFile() throws Exception {
        HttpResponse<byte[]> r = get(url(release.id(), DumpFormat.NTRIPLES.fileName()), "Range", "bytes=0-9", "If-Range", "\"0000\"");
        assertEquals(200, r.statusCode());
        assertArrayEquals(file, r.body());
    }

    @Test
    void aClientThatHasTheFileGets304() throws Exception {
        HttpResponse<byte[]> r = get(url(release.id(), DumpFormat.NTRIPLES.fileName()), "If-None-Match", "\"" + sha256 + "\"");
        assertEquals(304, r.statusCode());
        assertEquals(0, r.body().length);
    }

    @Test
    void headGivesTheHeadersWithoutTheBody() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(release.id(), DumpFormat.NTRIPLES.fileName())))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals(file.length, r.headers().firstValueAsLong("Content-Length").orElseThrow());
        assertEquals(0, r.body().length);
    }

    @Test
    void filesOutsideTheReleaseListingAreNotServed() throws Exception {
        assertEquals(404, get(url(release.id(), "nothing.nt.gz")).statusCode());
        assertEquals(404, get(url("20000101-000000000000", DumpFormat.NTRIPLES.fileName())).statusCode());
        assertEquals(404, get(url("..", "CURRENT")).statusCode());
        // An encoded path that climbs out of the release: Jetty refuses the ambiguous path itself (400), or we do (404).
        int climb = get(server.baseUrl() + "/dumps/" + release.id() + "/%2E%2E%2F%2E%2E%2FCURRENT").statusCode();
        assertTrue(climb == 400 || climb == 404, "answered " + climb);
        assertEquals(404, get(server.baseUrl() + "/dumps/LATEST").statusCode());
    }

    @Test
    void theChecksumFileItselfIsServed() throws Exception {
        HttpResponse<byte[]> r = get(url(release.id(), ReleaseDirectory.SUMS));
        assertEquals(200, r.statusCode());
        assertTrue(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).contains(sha256 + "  " + DumpFormat.NTRIPLES.fileName()));
    }
}
