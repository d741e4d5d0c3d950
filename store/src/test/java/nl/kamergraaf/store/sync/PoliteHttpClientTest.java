package nl.kamergraaf.store.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The client against a real HTTP server on loopback that fails, stalls or recovers as each test needs. */
class PoliteHttpClientTest {
    private HttpServer server;
    private ExecutorService pool;
    private final AtomicInteger hits = new AtomicInteger();
    private volatile int failFirst;
    private volatile int status = 200;
    /** A stalling server answers only when the test is over, so no client timeout can be outrun on a busy machine. */
    private volatile boolean stall;
    private final CountDownLatch testOver = new CountDownLatch(1);
    private volatile String userAgent;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newCachedThreadPool();
        server.setExecutor(pool);
        server.createContext("/", ex -> {
            int n = hits.incrementAndGet();
            userAgent = ex.getRequestHeaders().getFirst("User-Agent");
            try {
                if (stall) testOver.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int code = n <= failFirst ? 503 : status;
            byte[] body = ("answer " + n).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(code, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the client gave up waiting
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        testOver.countDown();
        server.stop(0);
        pool.shutdownNow();
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/SyncFeed/2.0/Feed?category=Zaak");
    }

    @Test
    void aFlakySourceIsRetriedWithGrowingPausesUntilItAnswers() throws IOException {
        failFirst = 2;
        List<Duration> pauses = new ArrayList<>();
        PoliteHttpClient client = new PoliteHttpClient(new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5)),
                pauses::add);

        byte[] body = client.get(uri(), "application/xml");

        assertArrayEquals("answer 3".getBytes(StandardCharsets.UTF_8), body);
        assertEquals(3, hits.get());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), pauses, "waited 100 ms, then 200 ms");
        assertTrue(userAgent.startsWith("kamergraaf-sync/"), userAgent);
    }

    @Test
    void aSourceThatStaysDownGivesUpAfterTheAllowedAttemptsWithAClearMessage() {
        failFirst = Integer.MAX_VALUE;
        PoliteHttpClient client = new PoliteHttpClient(new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(5)));

        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, () -> client.get(uri(), "application/xml"));

        assertEquals(4, hits.get());
        assertTrue(e.getMessage().contains("GET " + uri()) && e.getMessage().contains("4 time(s)") && e.getMessage().contains("HTTP 503"),
                e.getMessage());
    }

    @Test
    void aStalledAnswerCountsAsAFailureAndIsRetried() {
        stall = true;
        PoliteHttpClient client = new PoliteHttpClient(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(300)));

        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, () -> client.get(uri(), "application/xml"));

        assertEquals(2, client.requests());
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    }

    @Test
    void aClientErrorIsNotRetried() {
        status = 404;
        PoliteHttpClient client = new PoliteHttpClient(new RetryPolicy(5, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(5)));

        IOException e = assertThrows(PoliteHttpClient.ClientErrorException.class, () -> client.get(uri(), "application/xml"));

        assertEquals(1, hits.get());
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void theBackoffDoublesAndIsCapped() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertEquals(Duration.ofSeconds(2), p.delayAfter(1));
        assertEquals(Duration.ofSeconds(4), p.delayAfter(2));
        assertEquals(Duration.ofSeconds(16), p.delayAfter(4));
        assertEquals(Duration.ofSeconds(30), p.delayAfter(5));
        assertEquals(Duration.ofSeconds(30), p.delayAfter(9));
    }
}
