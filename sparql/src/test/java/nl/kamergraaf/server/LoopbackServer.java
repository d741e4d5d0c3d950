package nl.kamergraaf.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A plain JDK HTTP server on a free loopback port that stands for another host in a test (a webhook receiver, a
 * remote DTD), counting every request it gets. Held as {@code @RegisterExtension final LoopbackServer x = new
 * LoopbackServer().on(path, handler)}: a fresh one runs for each test and stops after it.
 */
public final class LoopbackServer implements BeforeEachCallback, AfterEachCallback {
    private final Map<String, HttpHandler> contexts = new LinkedHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    /** Answers the requests under this path with the handler (after counting them). */
    public LoopbackServer on(String path, HttpHandler handler) {
        contexts.put(path, handler);
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        requests.set(0);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        contexts.forEach((path, handler) -> server.createContext(path, exchange -> {
            requests.incrementAndGet();
            handler.handle(exchange);
        }));
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (server != null) server.stop(0);
    }

    /** The URL of a path on this server, by its loopback address. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The requests received in this test so far. */
    public int requests() {
        return requests.get();
    }
}
