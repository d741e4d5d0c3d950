package nl.kamergraaf.store.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Tweede Kamer API on loopback (port 0), replaying recorded pages in the real formats, built from
 * real Tweede Kamer records (test resources {@code sync/}, made from tk-opendata files; some records change and some
 * are deleted between pages):
 * <ul>
 *   <li>{@code /SyncFeed/2.0/Feed?category=C[&skiptoken=n]} answers {@code sync/syncfeed/C-<n or start>.xml};</li>
 *   <li>{@code /OData/v4/2.0/C?$filter=ApiGewijzigdOp ge T&$orderby=ApiGewijzigdOp[&$skip=k]} answers, from the
 *       versions in {@code sync/history.json} published so far ({@link #publishODataSteps}), the latest version of each
 *       record changed at or after T, in pages of {@link #ODATA_PAGE} with {@code @odata.nextLink} (or from a history
 *       a test gives, {@link #replayHistory}).</li>
 * </ul>
 * Faults on demand: fail every request after a number of good pages, fail the first tries of every URL, or be down.
 */
public final class ReplayApi implements AutoCloseable {
    public static final int ODATA_PAGE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final AtomicInteger pagesServed = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> triesPerUrl = new LinkedHashMap<>();
    private volatile int failAfterPages = Integer.MAX_VALUE;
    private volatile int failFirstTries = 0;
    private volatile boolean down;
    private volatile int odataSteps = Integer.MAX_VALUE;
    /** The OData history served instead of sync/history.json, when a test brings its own. */
    private volatile byte[] history;
    private volatile int stallAtPage = Integer.MAX_VALUE;
    private final java.util.concurrent.CountDownLatch stalled = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

    public ReplayApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "replay-api");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** After this many good pages, every request answers 503. */
    public ReplayApi failAfterPages(int pages) {
        this.failAfterPages = pagesServed.get() + pages;
        return this;
    }

    /** Every URL answers 503 on its first {@code n} tries, then works. */
    public ReplayApi failFirstTries(int n) {
        this.failFirstTries = n;
        return this;
    }

    public ReplayApi down(boolean down) {
        this.down = down;
        return this;
    }

    public ReplayApi healthy() {
        failAfterPages = Integer.MAX_VALUE;
        failFirstTries = 0;
        down = false;
        stallAtPage = Integer.MAX_VALUE;
        return this;
    }

    /** The OData API shows the first {@code steps} pages of each entity's history (see history.json). */
    public ReplayApi publishODataSteps(int steps) {
        this.odataSteps = steps;
        return this;
    }

    /** The OData API replays this history (the shape of sync/history.json: per entity, pages of record versions). */
    public ReplayApi replayHistory(byte[] historyJson) {
        this.history = historyJson;
        return this;
    }

    /** The request for good page number {@code n} (1-based) hangs until {@link #release()} (or a minute passes). */
    public ReplayApi stallAtPage(int n) {
        this.stallAtPage = n;
        return this;
    }

    /** Waits until a request hangs at the stall point; false after the timeout. */
    public boolean awaitStalled(java.time.Duration timeout) throws InterruptedException {
        return stalled.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public void release() {
        stallAtPage = Integer.MAX_VALUE;
        release.countDown();
    }

    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        String url = ex.getRequestURI().toString();
        int tries;
        synchronized (triesPerUrl) {
            tries = triesPerUrl.computeIfAbsent(url, u -> new AtomicInteger()).incrementAndGet();
        }
        if (down || tries <= failFirstTries || pagesServed.get() >= failAfterPages) {
            send(ex, 503, "text/plain", "Service Unavailable".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (pagesServed.get() + 1 == stallAtPage) {
            stalled.countDown();
            try {
                release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 503, "text/plain", "Gave up".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String path = ex.getRequestURI().getPath();
        byte[] body;
        String type;
        if (path.equals("/SyncFeed/2.0/Feed")) {
            String name = "sync/syncfeed/" + q.get("category") + "-" + q.getOrDefault("skiptoken", "start") + ".xml";
            body = resource(name);
            type = "application/atom+xml";
        } else if (path.startsWith("/OData/v4/2.0/")) {
            body = odata(path.substring("/OData/v4/2.0/".length()), q);
            type = "application/json";
        } else {
            body = null;
            type = null;
        }
        if (body == null) {
            send(ex, 404, "text/plain", ("No recorded page for " + url).getBytes(StandardCharsets.UTF_8));
            return;
        }
        pagesServed.incrementAndGet();
        send(ex, 200, type, body);
    }

    private byte[] odata(String entity, Map<String, String> q) throws IOException {
        JsonNode history = JSON.readTree(this.history != null ? this.history : resource("sync/history.json"));
        if (!history.has(entity)) return null;
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        int step = 0;
        for (JsonNode page : history.get(entity)) {
            if (step++ >= odataSteps) break;
            for (JsonNode r : page) {
                latest.remove(r.get("Id").asText());
                latest.put(r.get("Id").asText(), r);
            }
        }
        OffsetDateTime since = null;
        String filter = q.get("$filter");
        if (filter != null) {
            if (!filter.startsWith("ApiGewijzigdOp ge ")) throw new IOException("Unexpected filter " + filter);
            since = OffsetDateTime.parse(filter.substring("ApiGewijzigdOp ge ".length()));
        }
        List<JsonNode> selected = new ArrayList<>();
        for (JsonNode r : latest.values()) {
            if (since == null || !OffsetDateTime.parse(r.get("ApiGewijzigdOp").asText()).isBefore(since)) selected.add(r);
        }
        selected.sort(Comparator.comparing(r -> OffsetDateTime.parse(r.get("ApiGewijzigdOp").asText())));
        int skip = Integer.parseInt(q.getOrDefault("$skip", "0"));
        ObjectNode page = JSON.createObjectNode();
        page.put("@odata.context", baseUrl() + "/OData/v4/2.0/$metadata#" + entity);
        ArrayNode value = page.putArray("value");
        selected.stream().skip(skip).limit(ODATA_PAGE).forEach(value::add);
        if (skip + ODATA_PAGE < selected.size()) {
            StringBuilder next = new StringBuilder(baseUrl() + "/OData/v4/2.0/" + entity + "?");
            if (filter != null) next.append("$filter=").append(ApiBase.encode(filter)).append('&');
            next.append("$orderby=ApiGewijzigdOp&$skip=").append(skip + ODATA_PAGE);
            page.put("@odata.nextLink", next.toString());
        }
        return JSON.writeValueAsBytes(page);
    }

    public static byte[] resource(String name) {
        try (InputStream in = ReplayApi.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null) return q;
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            q.put(k, v);
        }
        return q;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
