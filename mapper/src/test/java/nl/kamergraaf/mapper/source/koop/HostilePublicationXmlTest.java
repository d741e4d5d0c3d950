package nl.kamergraaf.mapper.source.koop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.spi.SourceMapper;
import nl.kamergraaf.mapper.xml.HardenedXml;

/**
 * Hostile and broken publication XML: each bad file is reported with its name, record and reason and skipped, while
 * a real publication beside it in the same run is still mapped. External entities and DTDs are never fetched: a
 * loopback HTTP server counts every request the parser might make, and a secret file's content must never appear.
 */
class HostilePublicationXmlTest {
    private static final String GOOD = "21b3d8b2-41b5-4fa9-ba9f-124f15fe80bc.xml";
    private static final String SECRET = "SECRET-MARKER-4f1c9e";

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private Path secret;

    @BeforeEach
    void setUp() throws IOException {
        Files.copy(ProjectFiles.dataDir().resolve("tk-opendata/publicaties").resolve(GOOD), dir.resolve(GOOD));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        secret = Files.writeString(Files.createTempFile(dir.getParent(), "secret", ".txt"), SECRET);
    }

    @AfterEach
    void tearDown() throws IOException {
        server.stop(0);
        Files.deleteIfExists(secret);
    }

    private String dtdUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
    }

    private static String publication(String doctype, String titel) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n<officiele-publicatie>"
                + "<metadata><meta name=\"DC.identifier\" content=\"kst-36600-XIII-99\"/></metadata><kamerstuk>"
                + "<dossier><dossiernummer><dossiernr>36 600</dossiernr><begrotingshoofdstuk>XIII</begrotingshoofdstuk>"
                + "</dossiernummer></dossier><stuk><stuknr>Nr. <ondernummer>99</ondernummer></stuknr><titel>" + titel
                + "</titel><algemeen><vrije-tekst><tekst><al>De Kamer,</al></tekst></vrije-tekst></algemeen></stuk>"
                + "</kamerstuk></officiele-publicatie>";
    }

    private MappingProblem mapExpectingOneProblem(String fileName, String content, SourceMapper format) throws IOException {
        Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
        MappingRun run = MappingRun.of(List.of(format), dir);
        assertEquals(1, run.report().problems().size(), run.report().problems().toString());
        assertTrue(run.ask("ASK { <http://localhost:3030/id/kamerstuk/21501-30-667> kg:tekst ?t }"),
                "the good publication beside the bad one is still mapped");
        assertFalse(new String(run.nquads(), StandardCharsets.UTF_8).contains(SECRET), "secret content leaked");
        MappingProblem p = run.report().problems().get(0);
        assertTrue(p.file().endsWith(fileName), p.toString());
        assertEquals(fileName.replace(".xml", ""), p.record());
        return p;
    }

    private MappingProblem mapExpectingOneProblem(String fileName, String content) throws IOException {
        return mapExpectingOneProblem(fileName, content, new KoopPublicationSourceMapper());
    }

    @Test
    void anExternalFileEntityIsRefusedAndNeverRead() throws IOException {
        String xml = publication("<!DOCTYPE officiele-publicatie [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");
        MappingProblem p = mapExpectingOneProblem("xxe-file.xml", xml);
        assertTrue(p.reason().contains("DOCTYPE"), p.toString());
    }

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        String xml = publication("<!DOCTYPE officiele-publicatie SYSTEM \"" + dtdUrl() + "\">", "&leak;");
        MappingProblem p = mapExpectingOneProblem("xxe-dtd.xml", xml);
        assertTrue(p.reason().contains("DOCTYPE"), p.toString());
        assertEquals(0, requests.get(), "the parser made an HTTP request");
    }

    @Test
    void aParameterEntityFetchingARemoteDtdIsNeverFetched() throws IOException {
        String xml = publication("<!DOCTYPE officiele-publicatie [<!ENTITY % remote SYSTEM \"" + dtdUrl() + "\"> %remote;]>", "&leak;");
        mapExpectingOneProblem("xxe-param.xml", xml);
        assertEquals(0, requests.get(), "the parser made an HTTP request");
    }

    @Test
    void nestedEntityExpansionIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE officiele-publicatie [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        dtd.append("]>");
        MappingProblem p = mapExpectingOneProblem("billion-laughs.xml", publication(dtd.toString(), "&l9;"));
        assertTrue(p.reason().contains("DOCTYPE"), p.toString());
    }

    @Test
    void theHardenedReaderAloneNeitherFetchesNorExpandsExternalEntities() throws Exception {
        // Without the DOCTYPE refusal of the parser on top: the reader's own settings must hold.
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"" + dtdUrl() + "\"><x>&leak;</x>";
        StringBuilder seen = new StringBuilder();
        try (var in = new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            var r = HardenedXml.reader(in);
            while (r.hasNext()) {
                int e = r.next();
                if (e == javax.xml.stream.XMLStreamConstants.CHARACTERS) seen.append(r.getText());
            }
        } catch (javax.xml.stream.XMLStreamException expected) {
            // an undeclared entity is an error: that is fine, as long as nothing was fetched or expanded
        }
        assertEquals(0, requests.get());
        assertFalse(seen.toString().contains(SECRET));
    }

    @Test
    void malformedXmlIsReportedWithItsLine() throws IOException {
        String xml = publication("", "MOTIE").replace("</titel>", "</tietel>");
        MappingProblem p = mapExpectingOneProblem("malformed.xml", xml);
        assertTrue(p.reason().startsWith("malformed XML at line"), p.toString());
    }

    @Test
    void aFileCutOffHalfwayIsReported() throws IOException {
        String whole = Files.readString(dir.resolve(GOOD), StandardCharsets.UTF_8);
        MappingProblem p = mapExpectingOneProblem("cut-off.xml", whole.substring(0, whole.length() / 2));
        assertTrue(p.reason().startsWith("malformed XML"), p.toString());
    }

    @Test
    void aPublicationThatIsNoKamerstukIsReported() throws IOException {
        String xml = "<?xml version=\"1.0\"?><officiele-publicatie><metadata/><handelingen/></officiele-publicatie>";
        MappingProblem p = mapExpectingOneProblem("handelingen.xml", xml);
        assertTrue(p.reason().contains("not a kamerstuk publication"), p.toString());
    }

    @Test
    void aStukNumberThatIsNoNumberIsReportedWithItsField() throws IOException {
        String xml = publication("", "MOTIE").replace("<ondernummer>99</ondernummer>", "<ondernummer>negen</ondernummer>");
        MappingProblem p = mapExpectingOneProblem("bad-number.xml", xml);
        assertEquals("ondernummer", p.field());
        assertTrue(p.reason().contains("'negen'"), p.toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        String big = publication("", "MOTIE").replace("<al>De Kamer,</al>", "<al>" + "x".repeat(30_000) + "</al>");
        MappingProblem p = mapExpectingOneProblem("too-big.xml", big, new KoopPublicationSourceMapper(20_000, 1_000_000));
        assertTrue(p.reason().contains("more than the limit of 20000"), p.toString());
    }

    @Test
    void textOverTheCharacterCapIsRefused() throws IOException {
        String big = publication("", "MOTIE").replace("<al>De Kamer,</al>", "<al>" + "x".repeat(30_000) + "</al>");
        MappingProblem p = mapExpectingOneProblem("too-much-text.xml", big, new KoopPublicationSourceMapper(1_000_000, 10_000));
        assertTrue(p.reason().contains("limit of 10000 characters"), p.toString());
    }
}
