package nl.kamergraaf.bench.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import nl.kamergraaf.server.CuratedQueries;

/**
 * The load of {@code deploy/local-cluster}: N clients, each sending the curated queries (the query page's gallery,
 * {@link CuratedQueries}) one after another as GET requests for SPARQL JSON results, for a fixed time, reading every
 * answer to the end. Anything but a 200 with a whole body is a failed request; a request whose connection closed before
 * the whole answer came is sent once more, as an HTTP client may with an idempotent request, and counted as retried
 * (a second failure is a failure). Prints one line: {@code requests=N failed=F seconds=S per_second=R retried=T}, then up to 10
 * of the failures.
 *
 * <pre>java -cp kamergraaf-bench.jar nl.kamergraaf.bench.cluster.ClusterLoad URL CLIENTS SECONDS</pre>
 */
public final class ClusterLoad {
    private ClusterLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ClusterLoad SERVER-URL CLIENTS SECONDS");
            System.exit(2);
        }
        String server = args[0].endsWith("/") ? args[0].substring(0, args[0].length() - 1) : args[0];
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        List<URI> requests = new ArrayList<>();
        for (CuratedQueries.CuratedQuery q : CuratedQueries.load()) {
            requests.add(URI.create(server + "/sparql?query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong retried = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    URI uri = requests.get(i % requests.size());
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                            .header("Accept", "application/sparql-results+json").GET().build();
                    try {
                        Answer answer;
                        try {
                            answer = fetch(http, request);
                        } catch (IOException connectionClosed) {
                            // The connection closed before the whole answer came (the replica behind it was killed
                            // mid-answer, or the proxy closed an idle keep-alive connection as the request went out):
                            // a GET is idempotent, so the client asks once more on a new connection, as HTTP clients
                            // may (RFC 9110, 9.2.2). Counted apart; a second failure is a failure.
                            retried.incrementAndGet();
                            answer = fetch(http, request);
                        }
                        if (answer.status() != 200 || answer.bytes() == 0) {
                            failed.incrementAndGet();
                            if (failures.size() < 10) failures.add("HTTP " + answer.status() + " " + shorten(uri));
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (failures.size() < 10) failures.add(e + " " + shorten(uri));
                    }
                    done.incrementAndGet();
                }
            }, "cluster-load-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double wall = (System.nanoTime() - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "requests=%d failed=%d seconds=%.1f per_second=%.2f retried=%d%n", done.get(), failed.get(), wall,
                done.get() / wall, retried.get());
        failures.forEach(f -> System.out.println("failure: " + f));
    }

    private record Answer(int status, long bytes) {}

    /** One request, its answer read to the end. */
    private static Answer fetch(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            return new Answer(response.statusCode(), in.transferTo(java.io.OutputStream.nullOutputStream()));
        }
    }

    private static String shorten(URI uri) {
        String s = uri.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
