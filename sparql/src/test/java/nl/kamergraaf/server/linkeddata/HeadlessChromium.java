package nl.kamergraaf.server.linkeddata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol on a java.net.http WebSocket: no driver
 * library, just the browser. Started with a fresh profile and the debugging port on loopback only.
 * <p>
 * A browser test class holds one as {@code @RegisterExtension static final HeadlessChromium browser = new
 * HeadlessChromium();}: it checks that Chromium is installed and starts it before the class's first test (and before
 * its {@code @BeforeAll} methods), and closes it after the last.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
    static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Process process;
    private Path profile;
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    /**
     * Stops a browser test when Chromium is missing: in CI (CI=true) as a failure, since CI installs it; elsewhere the
     * test is skipped with the command that installs it.
     */
    static void requireInstalled() {
        if (installed()) return;
        String message = "No Chromium at " + BINARY + ": apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) org.junit.jupiter.api.Assertions.fail(message);
        org.junit.jupiter.api.Assumptions.abort(message);
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        requireInstalled();
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start() throws Exception {
        profile = Files.createTempDirectory("kamergraaf-chromium-");
        process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            int port = debuggingPort();
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String ws = null;
            for (JsonValue v : JSON.parseAny(list).getAsArray()) {
                JsonObject target = v.getAsObject();
                if ("page".equals(target.get("type").getAsString().value())) {
                    ws = target.get("webSocketDebuggerUrl").getAsString().value();
                    break;
                }
            }
            if (ws == null) throw new IllegalStateException("Chromium offers no page to drive: " + list);
            socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** Chromium writes the port it picked into DevToolsActivePort in the profile once it listens. */
    private int debuggingPort() throws Exception {
        Path file = profile.resolve("DevToolsActivePort");
        Instant end = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) throw new IllegalStateException("Chromium exited: " + Files.readString(profile.resolve("chromium.log")));
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) return Integer.parseInt(lines.get(0).strip());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Chromium did not open its debugging port within " + TIMEOUT);
    }

    /** Opens a URL and waits until the page has loaded. */
    void open(String url) throws Exception {
        JsonObject params = new JsonObject();
        params.put("url", url);
        call("Page.navigate", params);
        waitUntil("location.href !== 'about:blank' && document.readyState === 'complete'");
    }

    /** Evaluates a JavaScript expression in the page and returns its value (a JSON value). */
    JsonValue eval(String expression) throws Exception {
        JsonObject params = new JsonObject();
        params.put("expression", expression);
        params.put("returnByValue", true);
        JsonObject result = call("Runtime.evaluate", params);
        if (result.hasKey("exceptionDetails")) throw new IllegalStateException("Script failed: " + result.get("exceptionDetails"));
        JsonObject value = result.get("result").getAsObject();
        return value.hasKey("value") ? value.get("value") : null;
    }

    String evalString(String expression) throws Exception {
        JsonValue v = eval(expression);
        return v == null || v.isNull() ? null : v.isString() ? v.getAsString().value() : v.toString();
    }

    /** Polls a boolean expression until it holds. */
    void waitUntil(String condition) throws Exception {
        Instant end = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(end)) {
            JsonValue v = eval("(function(){ try { return !!(" + condition + "); } catch (e) { return false; } })()");
            if (v != null && v.isBoolean() && v.getAsBoolean().value()) return;
            Thread.sleep(100);
        }
        throw new IllegalStateException("Timed out waiting for: " + condition + " (at " + evalString("location.href") + ")");
    }

    private JsonObject call(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonObject message = new JsonObject();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        socket.sendText(message.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonObject reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.hasKey("error")) throw new IllegalStateException(method + " failed: " + reply.get("error"));
        return reply.get("result").getAsObject();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = JSON.parseAny(partial.toString()).getAsObject();
                partial.setLength(0);
                if (message.hasKey("id")) {
                    CompletableFuture<JsonObject> f = pending.remove(message.get("id").getAsNumber().value().intValue());
                    if (f != null) f.complete(message);
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Quotes a string as a JavaScript string literal, for building the expressions given to {@link #eval}. */
    static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public void close() {
        if (socket != null) socket.abort();
        socket = null;
        if (process != null) {
            // Only the processes this object started: the browser and its helpers. All of them must be gone before
            // the profile is removed: a helper still writing into it left the folder behind.
            List<ProcessHandle> helpers = process.descendants().toList();
            helpers.forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
                for (ProcessHandle helper : helpers) {
                    try {
                        helper.onExit().get(10, TimeUnit.SECONDS);
                    } catch (TimeoutException | ExecutionException e) {
                        helper.destroyForcibly();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (profile == null) return;
        try (Stream<Path> walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp profile left behind is harmless
        }
        profile = null;
    }

}
