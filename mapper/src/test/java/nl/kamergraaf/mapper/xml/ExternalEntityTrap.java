package nl.kamergraaf.mapper.xml;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.sun.net.httpserver.HttpServer;

/**
 * Bait for an XML parser that would resolve external entities, for tests of hostile XML ({@code @RegisterExtension}):
 * a loopback HTTP server on a free port that hands out a DTD declaring the entity {@code leak} with a secret and
 * counts every request, and a file holding the same secret. A hardened parser asks the server nothing and never lets
 * the secret into what it read.
 */
public final class ExternalEntityTrap implements BeforeEachCallback, AfterEachCallback {
    public static final String SECRET = "SECRET-MARKER-93ad27";

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        requests.set(0);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop(0);
    }

    /** The address of the remote DTD, on the loopback server. */
    public String dtdUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
    }

    /** How many requests the server has had: a hardened parser makes none. */
    public int requests() {
        return requests.get();
    }

    /** Writes the secret to a file in {@code folder} (outside the mapped inputs) and returns it. */
    public Path secretFile(Path folder) throws IOException {
        return Files.writeString(Files.createDirectories(folder).resolve("secret.txt"), SECRET);
    }
}
