package nl.kamergraaf.mapper.source.syncfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;

/**
 * Bad SyncFeed XML: each case is reported with file, entry (position and Id) and reason, and the good entries of the
 * same file are mapped (all of them when the XML stays well-formed; those before the break when it does not). The
 * good entries are the five real Zaak entries of data/tk-opendata/syncfeed/Zaak-40117001.xml.
 */
class BadSyncFeedInputTest {
    private static final Pattern ENTRY = Pattern.compile("(?s)  <entry>.*?</entry>\n");
    private static final Pattern NUMMER = Pattern.compile("<nummer>([^<]+)</nummer>");
    private static final Pattern ID = Pattern.compile("<title type=\"text\">([^<]+)</title>");

    @TempDir
    Path tmp;
    private String head;
    private List<String> entries;
    private HttpServer loopback;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void readRealPage() throws IOException {
        String page = Files.readString(ProjectFiles.dataDir().resolve("tk-opendata/syncfeed/Zaak-40117001.xml"));
        Matcher m = ENTRY.matcher(page);
        entries = new ArrayList<>();
        while (m.find()) entries.add(m.group());
        head = page.substring(0, page.indexOf("  <entry>"));
        assertEquals(5, entries.size());
    }

    @AfterEach
    void stopLoopback() {
        if (loopback != null) loopback.stop(0);
    }

    @Test
    void malformedXmlIsReportedWithItsEntryAndTheEntriesBeforeItAreMapped() throws IOException {
        String broken = entries.get(2).replaceFirst("</onderwerp>", "</titel>");
        Path file = write("malformed.xml", feed(entries.get(0), entries.get(1), broken, entries.get(3)));
        MappingRun run = MappingRun.of(tmp);

        MappingProblem p = single(run);
        assertEquals(file.toString(), p.file());
        assertEquals("3", p.record());
        assertTrue(p.reason().startsWith("malformed XML inside entry 3 at line "), p.reason());
        assertTrue(p.reason().contains("must be terminated by the matching end-tag"), p.reason());
        assertTrue(p.reason().endsWith("2 entries before it mapped"), p.reason());
        assertEquals(nummers(0, 1), mappedZaken(run));
    }

    @Test
    void aFileCutOffHalfwayIsReportedAndTheEntriesBeforeItAreMapped() throws IOException {
        String whole = feed(entries.get(0), entries.get(1), entries.get(2), entries.get(3));
        int cut = whole.indexOf("<onderwerp>", whole.indexOf(id(3))) + 20;
        Path file = write("cut.xml", whole.substring(0, cut));
        MappingRun run = MappingRun.of(tmp);

        MappingProblem p = single(run);
        assertEquals(file.toString(), p.file());
        assertEquals("4", p.record());
        assertTrue(p.reason().startsWith("cut off: the file ends inside entry 4 (line "), p.reason());
        assertEquals(nummers(0, 1, 2), mappedZaken(run));
    }

    @Test
    void aWrongTypeInAFieldIsReportedWithEntryIdAndFieldAndTheOtherEntriesAreMapped() throws IOException {
        String bad = entries.get(1).replaceFirst("<volgnummer>[^<]*</volgnummer>", "<volgnummer>zeven</volgnummer>");
        write("wrong-type.xml", feed(entries.get(0), bad, entries.get(2), entries.get(3), entries.get(4)));
        MappingRun run = MappingRun.of(tmp);

        MappingProblem p = single(run);
        assertEquals("2 (Id " + id(1) + ")", p.record());
        assertEquals("Volgnummer", p.field());
        assertEquals("not a valid Edm.Int32: 'zeven'", p.reason());
        assertEquals(nummers(0, 2, 3, 4), mappedZaken(run));
    }

    @Test
    void anEntityWithoutIdIsReportedAndTheOtherEntriesAreMapped() throws IOException {
        String bad = entries.get(0).replaceFirst(" id=\"" + id(0) + "\"", "");
        write("missing-id.xml", feed(bad, entries.get(1), entries.get(2)));
        MappingRun run = MappingRun.of(tmp);

        MappingProblem p = single(run);
        assertEquals("1 (Id " + id(0) + ")", p.record(), "the entry's title still names it");
        assertEquals("id", p.field());
        assertEquals("missing id: the <zaak> entity has no id attribute", p.reason());
        assertEquals(nummers(1, 2), mappedZaken(run));
    }

    @Test
    void anUnknownEntityTypeIsReportedAndTheOtherEntriesAreMapped() throws IOException {
        String bad = entries.get(2).replace("<zaak ", "<planeet ").replace("</zaak>", "</planeet>");
        write("unknown-type.xml", feed(entries.get(0), entries.get(1), bad, entries.get(3)));
        MappingRun run = MappingRun.of(tmp);

        MappingProblem p = single(run);
        assertEquals("3 (Id " + id(2) + ")", p.record());
        assertEquals("unknown entity type <planeet>: not in the OData $metadata", p.reason());
        assertEquals(nummers(0, 1, 3), mappedZaken(run));
    }

    @Test
    void anEntityTypeKamergraafDoesNotMapIsReportedAndTheOtherEntriesAreMapped() throws IOException {
        String bad = entries.get(0).replace("<zaak ", "<toezegging ").replace("</zaak>", "</toezegging>")
                .replaceAll("<(nummer|soort|titel|citeertitel|alias|status|onderwerp|gestartOp|organisatie|grondslagvoorhang|termijn"
                        + "|vergaderjaar|volgnummer|huidigeBehandelstatus|afgedaan|grootProject|kabinetsappreciatie)[ >].*\n", "");
        write("unmapped-type.xml", feed(bad, entries.get(1)));
        MappingRun run = MappingRun.of(tmp);

        MappingProblem p = single(run);
        assertEquals("1 (Id " + id(0) + ")", p.record());
        assertEquals("entity type Toezegging is not mapped by Kamergraaf (yet)", p.reason());
        assertEquals(nummers(1), mappedZaken(run));
    }

    @Test
    void anExternalGeneralEntityIsNeverFetchedAndTheEntriesBeforeItAreMapped() throws IOException {
        String url = startLoopback();
        String doctype = "<!DOCTYPE feed [<!ENTITY x SYSTEM \"" + url + "\">]>\n";
        String bad = entries.get(2).replaceFirst("<onderwerp>", "<onderwerp>&x;");
        write("xxe.xml", withDoctype(doctype, feed(entries.get(0), entries.get(1), bad, entries.get(3))));
        MappingRun run = MappingRun.of(tmp);

        MappingProblem p = single(run);
        assertEquals("3", p.record());
        assertTrue(p.reason().contains("The entity \"x\" was referenced, but not declared"), p.reason());
        assertEquals(0, requests.get(), "the loopback server was asked nothing");
        assertEquals(nummers(0, 1), mappedZaken(run));
        assertFalse(new String(run.nquads(), StandardCharsets.UTF_8).contains("geheim"));
    }

    @Test
    void anExternalParameterEntityIsNeverFetched() throws IOException {
        String url = startLoopback();
        String doctype = "<!DOCTYPE feed [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>\n";
        write("xxe-param.xml", withDoctype(doctype, feed(entries.get(0), entries.get(1))));
        MappingRun run = MappingRun.of(tmp);

        assertEquals(0, requests.get(), "the loopback server was asked nothing");
        assertEquals(List.of(), run.report().problems(), "the DTD is not processed, so the entries stand as they are");
        assertEquals(nummers(0, 1), mappedZaken(run));
    }

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        String url = startLoopback();
        String doctype = "<!DOCTYPE feed SYSTEM \"" + url + "\">\n";
        String withEntity = entries.get(1).replaceFirst("<onderwerp>", "<onderwerp>&geheim;");
        write("xxe-dtd.xml", withDoctype(doctype, feed(entries.get(0), withEntity)));
        MappingRun run = MappingRun.of(tmp);

        assertEquals(0, requests.get(), "the loopback server was asked nothing");
        MappingProblem p = single(run);
        assertEquals("2", p.record());
        assertTrue(p.reason().contains("The entity \"geheim\" was referenced, but not declared"), p.reason());
        assertEquals(nummers(0), mappedZaken(run));
    }

    /** A loopback HTTP server on a free port that would hand out an entity with a secret; it counts every request. */
    private String startLoopback() throws IOException {
        loopback = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        loopback.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY geheim \"geheim\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        loopback.start();
        return "http://127.0.0.1:" + loopback.getAddress().getPort() + "/entity";
    }

    private String feed(String... chosen) {
        return head + String.join("", chosen) + "</feed>\n";
    }

    /** Puts a DOCTYPE between the XML declaration and the root element. */
    private static String withDoctype(String doctype, String xml) {
        int afterDeclaration = xml.indexOf("?>") + 3;
        return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
    }

    private String id(int entry) {
        Matcher m = ID.matcher(entries.get(entry));
        assertTrue(m.find());
        return m.group(1);
    }

    private List<String> nummers(int... chosen) {
        List<String> out = new ArrayList<>();
        for (int i : chosen) {
            Matcher m = NUMMER.matcher(entries.get(i));
            assertTrue(m.find());
            out.add(m.group(1));
        }
        return out.stream().sorted().toList();
    }

    private static List<String> mappedZaken(MappingRun run) {
        return run.column("SELECT ?n WHERE { ?z a kg:Zaak ; kg:zaaknummer ?n } ORDER BY ?n", "n");
    }

    private static MappingProblem single(MappingRun run) {
        assertEquals(1, run.report().problems().size(), run.report().problems()::toString);
        return run.report().problems().get(0);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }
}
