package nl.kamergraaf.server.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import nl.kamergraaf.store.sync.RetryPolicy;

/** Webhooks: the allow-list, the settings file, and delivery with retries to a receiver on loopback. */
class WebhooksTest {
    private HttpServer receiver;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            requests.incrementAndGet();
            byte[] body = ex.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            if (status == 204) bodies.add(new String(body, StandardCharsets.UTF_8));
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.createContext("/elsewhere", ex -> {
            requests.incrementAndGet();
            ex.getResponseHeaders().set("Location", "http://example.org/");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + path);
    }

    private static AlertsConfig config(String properties) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(properties));
        return AlertsConfig.parse(p, "alerts.properties");
    }

    @Test
    void onlyHttpUrlsToAnAllowedHostPass() {
        WebhookAllowList allow = WebhookAllowList.parse("127.0.0.1, Hooks.Example.org  [::1]");
        assertTrue(allow.allows(URI.create("http://127.0.0.1:8080/hook")));
        assertTrue(allow.allows(URI.create("https://hooks.example.org/x")));
        assertTrue(allow.allows(URI.create("http://[::1]:9000/x")));
        assertFalse(allow.allows(URI.create("http://169.254.169.254/latest/meta-data")));
        assertFalse(allow.allows(URI.create("http://hooks.example.org.evil.net/x")), "exact host, not a prefix");
        assertFalse(allow.allows(URI.create("file:///etc/passwd")));
        assertFalse(allow.allows(URI.create("http://user:pw@127.0.0.1/x")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> allow.check(URI.create("http://10.0.0.1/x")));
        assertTrue(e.getMessage().contains("10.0.0.1 is not in webhook.allow"), e.getMessage());
        assertFalse(WebhookAllowList.none().allows(URI.create("http://127.0.0.1/x")), "nothing is allowed unless listed");
    }

    @Test
    void theSettingsFileKeepsAllowedWebhooksAndRefusesTheOthers() throws IOException {
        AlertsConfig c = config("""
                webhook.allow = 127.0.0.1
                webhook.dossier/36600-XIII = http://127.0.0.1:8080/hook
                webhook.query/chips = http://10.1.2.3/hook
                webhook.fractie/x = not a url
                webhook.attempts = 3
                webhook.delay = 1
                retention.days = 30
                """);
        assertEquals(List.of("dossier/36600-XIII"), List.copyOf(c.webhooks().keySet()));
        assertEquals(3, c.retry().attempts());
        assertEquals(Duration.ofSeconds(1), c.retry().firstDelay());
        assertEquals(Duration.ofDays(30), c.retention());
        assertEquals(AlertsConfig.defaults().retention(), config("retention.days = soon").retention());
    }

    @Test
    void aFailingReceiverIsTriedAgainWithGrowingWaitsUntilItTakesTheDelivery() throws Exception {
        failuresLeft.set(2);
        AlertsConfig c = new AlertsConfig(java.util.Map.of(), WebhookAllowList.parse("127.0.0.1"),
                new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(10)), Duration.ofDays(1));
        AlertEntry e = new AlertEntry(7, Instant.parse("2025-11-03T09:15:02Z"), AlertEntry.Kind.DELETED,
                "http://localhost:3030/id/document/2024D39341", "Motie", "deleted", List.of("dossier/36600-XIII"), null, null, null);
        byte[] body = WebhookSender.body("dossier/36600-XIII", "/alerts/dossier/36600-XIII", List.of(e));
        WebhookSender.Delivery d = new WebhookSender().deliver(url("/hook"), body, c);
        assertEquals(new WebhookSender.Delivery(true, 3, 204), d);
        assertEquals(3, requests.get());
        JsonNode json = new ObjectMapper().readTree(bodies.get(0));
        assertEquals("dossier/36600-XIII", json.get("feed").asText());
        assertEquals("deleted", json.get("entries").get(0).get("kind").asText());
        assertEquals("http://localhost:3030/id/document/2024D39341", json.get("entries").get(0).get("iri").asText());
    }

    @Test
    void aReceiverThatKeepsFailingIsGivenUpAfterTheConfiguredAttempts() {
        failuresLeft.set(100);
        AlertsConfig c = new AlertsConfig(java.util.Map.of(), WebhookAllowList.parse("127.0.0.1"),
                new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(10)), Duration.ofDays(1));
        assertEquals(new WebhookSender.Delivery(false, 3, 503), new WebhookSender().deliver(url("/hook"), new byte[0], c));
        assertEquals(3, requests.get());
    }

    @Test
    void aHostNotAllowedIsNeverCalledAndARedirectIsNotFollowed() {
        AlertsConfig none = new AlertsConfig(java.util.Map.of(), WebhookAllowList.parse("hooks.example.org"),
                new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(10)), Duration.ofDays(1));
        assertFalse(new WebhookSender().deliver(url("/hook"), new byte[0], none).delivered());
        assertEquals(0, requests.get());

        AlertsConfig loopback = new AlertsConfig(java.util.Map.of(), WebhookAllowList.parse("127.0.0.1"),
                new RetryPolicy(1, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(10)), Duration.ofDays(1));
        assertEquals(new WebhookSender.Delivery(false, 1, 302), new WebhookSender().deliver(url("/elsewhere"), new byte[0], loopback));
        assertEquals(1, requests.get());
    }
}
