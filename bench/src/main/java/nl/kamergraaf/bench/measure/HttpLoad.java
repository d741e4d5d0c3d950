package nl.kamergraaf.bench.measure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A JVM load driver (java.net.http, HTTP/1.1 with keep-alive, as a crawler or a notebook would connect): N clients
 * each send their requests one after the other, reading every answer to the end. Every answer must be one of the
 * expected statuses, otherwise the run fails rather than measuring error pages.
 */
public final class HttpLoad {
    private final HttpClient client;

    public HttpLoad() {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Latencies of one run and how long the whole run took. */
    public record Stats(long[] nanos, long wallNanos) {
        public double p(double quantile) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }

        public double p50() {
            return p(0.50);
        }

        public double p99() {
            return p(0.99);
        }

        public double perSecond() {
            return nanos.length / (wallNanos / 1e9);
        }
    }

    /**
     * @param clients    how many clients send at once
     * @param perClient  requests each client sends (after {@code warmup} unmeasured ones)
     * @param request    the i-th request of a client (i counts on over warm-up and measured requests)
     */
    public Stats run(int clients, int warmup, int perClient, IntFunction<HttpRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger seq = new AtomicInteger();
            List<Future<long[]>> futures = new ArrayList<>();
            long[] start = new long[1];
            // warm-up first, on all clients, so that the measured part starts warm
            List<Future<?>> warm = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                warm.add(pool.submit(() -> {
                    for (int i = 0; i < warmup; i++) send(request.apply(seq.getAndIncrement()));
                    return null;
                }));
            }
            for (Future<?> f : warm) f.get();
            start[0] = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] t = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        HttpRequest r = request.apply(seq.getAndIncrement());
                        long t0 = System.nanoTime();
                        send(r);
                        t[i] = System.nanoTime() - t0;
                    }
                    return t;
                }));
            }
            long[] all = new long[clients * perClient];
            int k = 0;
            for (Future<long[]> f : futures) {
                for (long v : f.get()) all[k++] = v;
            }
            return new Stats(all, System.nanoTime() - start[0]);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends one request and reads the answer to the end; anything but 200 is an error of the run. */
    public int send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<InputStream> resp = client.send(r, HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        try (InputStream in = resp.body()) {
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) bytes += n;
        }
        if (resp.statusCode() != 200) {
            throw new IOException(r.method() + " " + r.uri() + " answered " + resp.statusCode() + " (" + bytes + " bytes)");
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    public static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
    }
}
