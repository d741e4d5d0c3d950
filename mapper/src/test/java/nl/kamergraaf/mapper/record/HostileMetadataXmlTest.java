package nl.kamergraaf.mapper.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * A hostile OData $metadata document: a DOCTYPE with an external entity or a remote DTD is refused with a clear
 * message, the secret file is never read into the types, and the loopback server that stands for the remote DTD
 * never sees a request. The real $metadata of the Tweede Kamer API still reads.
 */
class HostileMetadataXmlTest {
    private static final String SECRET = "SECRET-MARKER-93ad27";

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String metadata;

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
        try (InputStream in = ODataMetadata.class.getResourceAsStream(ODataMetadata.RESOURCE)) {
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    /**
     * The real document with a DOCTYPE after its XML declaration and an entity reference as text of an element the
     * reader passes over, so that only the reader's own settings stand between the entity and the parse.
     */
    private String hostile(String doctype, String entity) {
        String declaration = metadata.substring(0, metadata.indexOf("?>") + 2);
        String body = metadata.substring(declaration.length()).replace("<edmx:DataServices>", "<edmx:DataServices>" + entity);
        return declaration + doctype + body;
    }

    private static ODataMetadata parse(String xml) throws IOException {
        return ODataMetadata.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theRealMetadataStillReads() throws IOException {
        assertTrue(parse(metadata).entityType("Zaak").isPresent());
    }

    @Test
    void anExternalFileEntityIsRefusedAndNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xml = hostile("<!DOCTYPE edmx:Edmx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");

        IOException e = assertThrows(IOException.class, () -> parse(xml));
        assertTrue(e.getMessage().startsWith("Not a readable OData $metadata document"), e.getMessage());
        assertTrue(e.getMessage().contains("xxe"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void aRemoteDtdIsNeverFetchedAndItsEntityNeverExpanded() {
        String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
        String xml = hostile("<!DOCTYPE edmx:Edmx [<!ENTITY % remote SYSTEM \"" + dtd + "\"> %remote;]>", "&leak;");

        IOException e = assertThrows(IOException.class, () -> parse(xml));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertEquals(0, requests.get());
    }
}
