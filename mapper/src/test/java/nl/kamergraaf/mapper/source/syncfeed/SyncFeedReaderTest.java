package nl.kamergraaf.mapper.source.syncfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingProblem;

/** SyncFeed pages (recorded in the real Atom + tkData format from real Tweede Kamer records) read as OData records. */
class SyncFeedReaderTest {
    private static final String TK = "http://www.tweedekamer.nl/xsd/tkData/v1-0";
    private final SyncFeedReader reader = new SyncFeedReader();

    @Test
    void entitiesBecomeODataRecordsTypedAsTheMetadataSays() throws IOException {
        SyncFeedPage page = read("/sync/stemming-page-1.xml");

        assertTrue(page.problems().isEmpty(), page.problems()::toString);
        assertEquals(3, page.entries().size());
        SyncFeedPage.Entry first = page.entries().get(0);
        assertEquals("Stemming", first.entityType());
        ObjectNode r = first.record();
        assertEquals("d064812f-7c81-460f-bbf6-000018ef7a11", r.get("Id").asText());
        assertEquals("f59073ca-b620-4701-892f-f35abc2419c3", r.get("Besluit_Id").asText(), "<besluit ref> is the foreign key");
        assertEquals("0208097d-ef04-438a-8c29-eebb84956204", r.get("Fractie_Id").asText());
        assertTrue(r.get("FractieGrootte").isIntegralNumber() && r.get("FractieGrootte").asInt() == 25, "Edm.Int32 is a number");
        assertTrue(r.get("Vergissing").isBoolean() && !r.get("Vergissing").asBoolean(), "Edm.Boolean is a boolean");
        assertTrue(r.get("SidActorLid").isNull(), "xsi:nil is null");
        assertEquals("Tegen", r.get("Soort").asText());
        assertEquals("GroenLinks-PvdA", r.get("ActorNaam").asText(), "camelCase actorNaam is ActorNaam");
        assertEquals("2024-10-16T11:34:18.673+02:00", r.get("GewijzigdOp").asText(), "tk:bijgewerkt is GewijzigdOp");
        assertEquals("2024-10-16T09:35:22.5211336Z", r.get("ApiGewijzigdOp").asText(), "the entry's updated is ApiGewijzigdOp");
        assertFalse(first.deleted());
        assertEquals(Optional.of("https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?skiptoken=41002126&category=Stemming"), page.next());
        assertTrue(first.next().orElseThrow().contains("skiptoken="), "each entry says where the feed goes on after it");
    }

    @Test
    void anEntityMarkedVerwijderdIsADeletedRecord() throws IOException {
        SyncFeedPage page = read("/sync/zaak-page-3.xml");

        SyncFeedPage.Entry deleted = page.entries().get(0);
        assertTrue(deleted.deleted());
        assertEquals("Zaak", deleted.entityType());
        assertEquals("24a47b7d-9150-41a0-9d05-e26e9fb981ac", deleted.id());
        assertEquals("2025-11-04T16:40:10.5+01:00", deleted.record().get("GewijzigdOp").asText());
        assertFalse(page.entries().get(1).deleted());
    }

    @Test
    void aReferenceWithoutForeignKeyBecomesAnEntryOfTheNavigationCollection() throws IOException {
        SyncFeedPage page = reader.read(stream(feed(entry("zaak", "11111111-2222-3333-4444-555555555555",
                "<kamerstukdossier ref=\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"/><nummer>2025Z00001</nummer><volgnummer>7</volgnummer>"))), "inline");

        ObjectNode r = page.entries().get(0).record();
        assertEquals("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", r.get("Kamerstukdossier").get(0).get("Id").asText());
        assertEquals("2025Z00001", r.get("Nummer").asText());
        assertEquals(7, r.get("Volgnummer").asInt());
    }

    @Test
    void aBadEntryIsReportedWithItsIdAndFieldAndTheRestOfThePageIsRead() throws IOException {
        String xml = feed(entry("zaak", "11111111-2222-3333-4444-555555555555", "<volgnummer>zeven</volgnummer>")
                + entry("zaak", "66666666-2222-3333-4444-555555555555", "<volgnummer>8</volgnummer>")
                + entry("planeet", "77777777-2222-3333-4444-555555555555", "<naam>Mars</naam>"));

        SyncFeedPage page = reader.read(stream(xml), "page-7.xml");

        assertEquals(1, page.entries().size());
        assertEquals("66666666-2222-3333-4444-555555555555", page.entries().get(0).id());
        assertEquals(2, page.problems().size());
        MappingProblem bad = page.problems().get(0);
        assertEquals("page-7.xml", bad.file());
        assertEquals("11111111-2222-3333-4444-555555555555", bad.record());
        assertEquals("Volgnummer", bad.field());
        assertTrue(bad.reason().contains("zeven"), bad.reason());
        assertTrue(page.problems().get(1).reason().contains("unknown entity type <planeet>"), page.problems().get(1).reason());
    }

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + feed(entry("zaak", "11111111-2222-3333-4444-555555555555", "<onderwerp>&x;</onderwerp>")).substring("<?xml version=\"1.0\"?>".length());

        IOException e = assertThrows(IOException.class, () -> reader.read(stream(xml), "evil.xml"));
        assertTrue(e.getMessage().startsWith("evil.xml"), e.getMessage());
        assertFalse(e.getMessage().contains("top secret"));
    }

    @Test
    void anEntityExpansionBombIsRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
                + feed(entry("zaak", "11111111-2222-3333-4444-555555555555", "<onderwerp>&c;</onderwerp>")).substring("<?xml version=\"1.0\"?>".length());

        assertThrows(IOException.class, () -> reader.read(stream(xml), "bomb.xml"));
    }

    @Test
    void aPageThatIsNotAnAtomFeedFailsAsAWhole() {
        IOException e = assertThrows(IOException.class, () -> reader.read(stream("<html><body>Onderhoud</body></html>"), "p.xml"));
        assertTrue(e.getMessage().contains("not an Atom feed"), e.getMessage());
    }

    private static String feed(String entries) {
        return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>" + entries + "</feed>";
    }

    private static String entry(String element, String id, String body) {
        return "<entry><title>" + id + "</title><updated>2025-11-06T10:00:00Z</updated><content type=\"application/xml\"><"
                + element + " xmlns=\"" + TK + "\" xmlns:tk=\"" + TK + "\" id=\"" + id
                + "\" tk:bijgewerkt=\"2025-11-06T11:00:00+01:00\" tk:verwijderd=\"false\">" + body + "</" + element + "></content></entry>";
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private SyncFeedPage read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return reader.read(in, resource);
        }
    }
}
