package nl.kamergraaf.server;

import static nl.kamergraaf.server.LiveServerFixture.awaitCondition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.server.release.Publication;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/**
 * A hot switch under load, over real HTTP against a real Fuseki on TDB2: 32 clients query the server without pause
 * while {@code kamergraaf load}, in a process of its own, makes a new build live twice and the server publishes
 * releases by itself. No request fails; afterwards the answers, the full-text search and the catalog's dump are of
 * the newest data, and the old builds are gone from the store.
 */
@Tag("slow")
class HotSwitchUnderLoadTest {
    private static final String BASE = "http://localhost:3030";
    private static final String THING = BASE + "/id/document/HOT1";
    private static final int CLIENTS = 32;
    /** Each client stops by itself after this many requests, should the test never tell it to. */
    private static final int MAX_REQUESTS_PER_CLIENT = 20_000;
    private static final long PAUSE_MILLIS = 20;
    private static final String VALUE_QUERY = "SELECT ?v { <" + THING + "> <http://purl.org/dc/terms/identifier> ?v }";
    private static final String TEXT_QUERY = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'begroting' }";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    /** Version n of the data: the thing's identifier is "v{n}", its label holds a word only this version has, and n extra triples. */
    private Path version(int n) throws IOException {
        String g = "<" + BASE + "/graph/test/HOT1>";
        StringBuilder nq = new StringBuilder();
        nq.append("<").append(THING).append("> <http://purl.org/dc/terms/identifier> \"v").append(n).append("\" ").append(g).append(" .\n");
        nq.append("<").append(THING).append("> <http://www.w3.org/2000/01/rdf-schema#label> \"begroting versie").append(n)
          .append("\"@nl ").append(g).append(" .\n");
        for (int i = 0; i < n; i++) {
            nq.append("<").append(THING).append("> <http://purl.org/dc/terms/subject> \"onderwerp ").append(i).append("\" ").append(g).append(" .\n");
        }
        Path file = dir.resolve("v" + n + ".nq");
        Files.writeString(file, nq.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private HttpResponse<String> query(String baseUrl, String sparql) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + KamergraafServer.SPARQL_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String servedValue(String baseUrl) {
        try {
            HttpResponse<String> r = query(baseUrl, VALUE_QUERY);
            return r.statusCode() == 200 ? r.body().lines().skip(1).findFirst().orElse("").strip() : "";
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    /** The N-Quads dump the served catalog offers, unpacked; empty while the catalog offers none. */
    private Optional<String> catalogNQuadsDump(String baseUrl) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + Publication.CATALOG_PATH))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) return Optional.empty();
            Model catalog = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(catalog);
            String q = "PREFIX dcat: <http://www.w3.org/ns/dcat#> SELECT ?url { ?d dcat:downloadURL ?url FILTER(CONTAINS(STR(?url), '.nq')) }";
            String url;
            try (QueryExecution qe = QueryExecutionFactory.create(q, catalog)) {
                var rows = qe.execSelect();
                if (!rows.hasNext()) return Optional.empty();
                url = rows.next().getResource("url").getURI();
            }
            HttpResponse<byte[]> dump = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (dump.statusCode() != 200) return Optional.empty();
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(dump.body()))) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Test
    void thirtyTwoClientsSeeNoFailedRequestWhileLoadSwitchesBuildsTwiceAndAReleaseIsPublished() throws Exception {
        StoreDirectory store = new StoreDirectory(dir.resolve("store"));
        StoreLoader loader = new StoreLoader(store);
        loader.loadFiles(List.of(version(0)));
        int port = LiveServerFixture.freePort();
        String baseUrl = "http://localhost:" + port;
        LiveStoreServer.Options options = new LiveStoreServer.Options(Duration.ofMillis(100),
                Optional.of(new Publication(BASE, baseUrl)), 2, Duration.ZERO);

        try (LiveStoreServer live = LiveStoreServer.start(store, KamergraafServer.create().extensions(ServerAssembly.extensions()).port(port).base(BASE), options)) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong requests = new AtomicLong();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && !stop.get(); i++) {
                        boolean text = (i + client) % 4 == 0;
                        try {
                            HttpResponse<String> r = query(baseUrl, text ? TEXT_QUERY : VALUE_QUERY);
                            List<String> rows = r.body().lines().skip(1).toList();
                            // Every answer is whole and of one build: one row, of some version's data.
                            boolean ok = r.statusCode() == 200 && rows.size() == 1
                                    && (text ? rows.get(0).strip().equals(THING) : rows.get(0).strip().matches("v[012]"));
                            if (!ok) failures.add(r.statusCode() + " " + r.body());
                        } catch (IOException | RuntimeException e) {
                            failures.add(e.toString());
                        }
                        requests.incrementAndGet();
                        // A short breath between requests leaves the 2 cores of a build machine some room for the
                        // loads and releases; 32 clients still overlap every switch.
                        Thread.sleep(PAUSE_MILLIS);
                    }
                    return null;
                }));
            }

            awaitCondition("the first release", 600, 100, () -> catalogNQuadsDump(baseUrl).map(d -> d.contains("\"v0\"")).orElse(false));
            loadInAnotherProcess(store, version(1));
            awaitCondition("the server answers with version 1", 600, 100, () -> servedValue(baseUrl).equals("v1"));
            loadInAnotherProcess(store, version(2));
            awaitCondition("the server answers with version 2", 600, 100, () -> servedValue(baseUrl).equals("v2"));
            awaitCondition("a release of version 2 in the catalog", 600, 100,
                    () -> catalogNQuadsDump(baseUrl).map(d -> d.contains("\"v2\"")).orElse(false));

            stop.set(true);
            for (Future<?> f : running) f.get();
            clients.shutdown();

            assertTrue(requests.get() >= CLIENTS, "the clients made requests: " + requests.get());
            assertEquals(List.of(), failures.stream().limit(5).toList(), failures.size() + " of " + requests.get() + " requests failed");
            assertEquals("v2", servedValue(baseUrl));
            HttpResponse<String> text = query(baseUrl, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'versie2' }");
            assertEquals(List.of(THING), text.body().lines().skip(1).map(String::strip).toList(), "the full-text index switched with its build");
            HttpResponse<String> oldWord = query(baseUrl, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'versie0' }");
            assertEquals(List.of(), oldWord.body().lines().skip(1).toList(), "the old build's index is not searched");
            Path live2 = store.current().orElseThrow();
            awaitCondition("the old builds are closed and removed", 600, 100, () -> builds(store).equals(List.of(live2)));
        }
    }

    /** {@code kamergraaf load} in a new JVM with this test's classpath, as an operator runs it beside the server. */
    private void loadInAnotherProcess(StoreDirectory store, Path file) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = dir.resolve("load-" + file.getFileName() + ".log");
        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", classpath, "nl.kamergraaf.server.cli.KamergraafCommand", "load", "--store", store.root().toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(load.waitFor(10, TimeUnit.MINUTES), "the load ended");
            assertEquals(0, load.exitValue(), () -> "the load succeeded: " + readQuietly(log));
        } finally {
            load.destroyForcibly();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<Path> builds(StoreDirectory store) {
        try (Stream<Path> s = Files.list(store.root().resolve("builds"))) {
            return s.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
