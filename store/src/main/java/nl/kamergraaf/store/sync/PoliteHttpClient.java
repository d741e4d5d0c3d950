package nl.kamergraaf.store.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches pages from the Tweede Kamer API one at a time and politely: one request in flight, an identifying
 * User-Agent, retries with exponential backoff on server errors (5xx, 429) and timeouts, and a clear
 * {@link SourceUnavailableException} once the {@link RetryPolicy} is used up. Client errors (other 4xx) are not
 * retried: asking again would not help.
 */
public final class PoliteHttpClient {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteHttpClient.class);
    static final String USER_AGENT = "kamergraaf-sync/0.1 (linked-data publisher of Tweede Kamer open data)";
    /** A SyncFeed or OData page is a few MB at most; more means something is wrong. */
    private static final int MAX_BODY = 64 << 20;

    private final HttpClient http;
    private final RetryPolicy policy;
    private final Pause pause;
    private long requests;

    public PoliteHttpClient(RetryPolicy policy) {
        this(policy, d -> Thread.sleep(d.toMillis()));
    }

    /** With the wait between attempts given, so a test can see the backoff without timing it on a busy machine. */
    PoliteHttpClient(RetryPolicy policy, Pause pause) {
        this.policy = Objects.requireNonNull(policy);
        this.pause = Objects.requireNonNull(pause);
        this.http = HttpClient.newBuilder()
                .connectTimeout(policy.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** How many HTTP requests this client sent (retries included). */
    public long requests() {
        return requests;
    }

    /** The body of a 200 answer to GET {@code uri}, after retries. */
    public byte[] get(URI uri, String accept) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(policy.requestTimeout())
                .header("User-Agent", USER_AGENT).header("Accept", accept).build();
        String lastProblem = null;
        Throwable lastCause = null;
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            try {
                requests++;
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    if (response.body().length > MAX_BODY) throw new IOException("GET " + uri + ": the answer is larger than " + MAX_BODY + " bytes");
                    return response.body();
                }
                lastProblem = "HTTP " + status;
                lastCause = null;
                if (status < 500 && status != 429 && status != 408) {
                    throw new ClientErrorException("GET " + uri + " answered HTTP " + status + "; not retried (a client error)");
                }
            } catch (HttpTimeoutException e) {
                lastProblem = "timed out after " + policy.requestTimeout().toSeconds() + " s";
                lastCause = e;
            } catch (ClientErrorException e) {
                throw e;
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                lastCause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while fetching " + uri, e);
            }
            if (attempt < policy.attempts()) {
                Duration wait = policy.delayAfter(attempt);
                LOG.warn("GET {} failed ({}), attempt {} of {}; trying again in {} ms", uri, lastProblem, attempt, policy.attempts(), wait.toMillis());
                sleep(wait);
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        throw new SourceUnavailableException("The source did not answer: GET " + uri + " failed " + policy.attempts()
                + " time(s) over " + seconds + " s, last with " + lastProblem, lastCause);
    }

    /** An answer that asking again would not change. */
    public static final class ClientErrorException extends IOException {
        ClientErrorException(String message) {
            super(message);
        }
    }

    /** How the client waits before the next attempt. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration d) throws InterruptedException;
    }

    private void sleep(Duration d) throws IOException {
        try {
            pause.pause(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting to retry", e);
        }
    }
}
