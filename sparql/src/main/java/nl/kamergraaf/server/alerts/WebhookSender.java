package nl.kamergraaf.server.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.store.sync.RetryPolicy;

/**
 * POSTs a feed's new entries as JSON to its webhook, retried with growing waits ({@link RetryPolicy}) until a 2xx
 * answer or the attempts run out. Deliveries run one at a time on a background thread, so a slow receiver never holds
 * up sync. The allow-list is checked again before every attempt; redirects are not followed.
 */
public final class WebhookSender {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final ExecutorService worker;

    public WebhookSender() {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kamergraaf-webhooks");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Lets deliveries still queued when the process exits (a {@code kamergraaf sync} run that just ended) go out for at
     * most {@code grace}; what is not sent by then is dropped, and stays in the feeds.
     */
    WebhookSender finishOnExit(Duration grace) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            worker.shutdown();
            try {
                if (!worker.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("Webhook deliveries still waiting at exit are dropped; the entries stay in the feeds");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kamergraaf-webhooks-exit"));
        return this;
    }

    /** The outcome of one delivery: whether it arrived, after how many attempts, and the last status (0: no answer). */
    public record Delivery(boolean delivered, int attempts, int lastStatus) {}

    /** Queues a delivery; returns at once. */
    public void submit(String feed, String feedPath, URI url, List<AlertEntry> entries, AlertsConfig config) {
        byte[] body = body(feed, feedPath, entries);
        worker.submit(() -> deliver(url, body, config));
    }

    /** Delivers now, on the calling thread, retrying as the configuration says. */
    public Delivery deliver(URI url, byte[] body, AlertsConfig config) {
        RetryPolicy retry = config.retry();
        int status = 0;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            if (!config.allow().allows(url)) {
                LOG.error("Webhook {} not sent: its host is not in webhook.allow", url);
                return new Delivery(false, attempt - 1, 0);
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(url).timeout(retry.requestTimeout())
                        .header("Content-Type", "application/json").header("User-Agent", "Kamergraaf alerts")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) return new Delivery(true, attempt, status);
                LOG.warn("Webhook {} answered {} (attempt {} of {})", url, status, attempt, retry.attempts());
            } catch (IOException e) {
                status = 0;
                LOG.warn("Webhook {} failed: {} (attempt {} of {})", url, e.toString(), attempt, retry.attempts());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Delivery(false, attempt, status);
            }
            if (attempt < retry.attempts()) {
                try {
                    Thread.sleep(retry.delayAfter(attempt).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Delivery(false, attempt, status);
                }
            }
        }
        LOG.error("Webhook {} given up after {} attempt(s); the entries stay in the feed", url, retry.attempts());
        return new Delivery(false, retry.attempts(), status);
    }

    /** {@code {"feed": key, "href": path, "entries": [{seq, kind, time, iri, title, summary}]}} */
    static byte[] body(String feed, String feedPath, List<AlertEntry> entries) {
        ObjectNode o = JSON.createObjectNode();
        o.put("feed", feed).put("href", feedPath);
        ArrayNode list = o.putArray("entries");
        for (AlertEntry e : entries) {
            ObjectNode j = list.addObject();
            j.put("seq", e.seq()).put("kind", e.kind() == AlertEntry.Kind.DELETED ? "deleted" : "new")
             .put("time", e.time().toString()).put("iri", e.iri()).put("title", e.title()).put("summary", e.summary());
            if (e.start() != null) j.put("start", e.start());
        }
        try {
            return JSON.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
