package nl.kamergraaf.server.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * A change feed page from a hostile "primary": a DOCTYPE with an external file entity or a remote DTD is refused, the
 * secret never ends up in a change, and the loopback server standing for the remote DTD never sees a request. A
 * plain page beside it still reads.
 */
class HostileChangeFeedXmlTest {
    private static final String SECRET = "SECRET-MARKER-5be0d1";

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
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

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    private static byte[] feed(String doctype, String graph) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<entry><id>https://example.org/changes?seq=7</id>"
                + "<link href=\"https://id.example.org/zaak/1\"/><category term=\"changed\"/>"
                + "<content>graph " + graph + "; sequence 7</content></entry></feed>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPlainPageReads() throws XMLStreamException {
        ChangeBatch batch = Primary.parseFeed(feed("", "https://id.example.org/graph/zaak/1"));
        assertEquals(1, batch.changes().size());
        assertEquals("https://id.example.org/graph/zaak/1", batch.changes().get(0).graph());
    }

    @Test
    void anExternalFileEntityIsRefusedAndNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        byte[] atom = feed("<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");

        XMLStreamException e = assertThrows(XMLStreamException.class, () -> Primary.parseFeed(atom));
        assertTrue(e.getMessage().contains("xxe"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void aRemoteDtdIsNeverFetchedAndItsEntityNeverExpanded() {
        String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
        byte[] atom = feed("<!DOCTYPE feed [<!ENTITY % remote SYSTEM \"" + dtd + "\"> %remote;]>", "&leak;");

        XMLStreamException e = assertThrows(XMLStreamException.class, () -> Primary.parseFeed(atom));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertEquals(0, requests.get());
    }
}
