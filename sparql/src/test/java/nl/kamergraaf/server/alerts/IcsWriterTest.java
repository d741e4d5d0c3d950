package nl.kamergraaf.server.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class IcsWriterTest {
    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineEnds() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", IcsWriter.escape("a\\b;c,d\ne\r\nf"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingAUtf8Character() {
        String line = "SUMMARY:" + "Coördinatie van het halfgeleiderbeleid € ".repeat(6);
        String folded = IcsWriter.fold(line);
        assertTrue(folded.endsWith("\r\n"));
        String[] parts = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        assertTrue(parts.length > 1);
        StringBuilder unfolded = new StringBuilder(parts[0]);
        for (int i = 0; i < parts.length; i++) {
            assertTrue(parts[i].getBytes(StandardCharsets.UTF_8).length <= 75, "line " + i + " is at most 75 octets");
            if (i > 0) {
                assertTrue(parts[i].startsWith(" "));
                unfolded.append(parts[i].substring(1));
            }
        }
        // unfolding (RFC 5545 §3.1: remove CRLF + one space) gives the line back, so no character was cut
        assertEquals(line, unfolded.toString());
        assertEquals("SHORT:x\r\n", IcsWriter.fold("SHORT:x"));
    }

    @Test
    void datesWithAnOffsetAreWrittenInUtcLocalTimesAsAmsterdamAndDatesAsDates() {
        assertEquals(":20221026T110000Z", IcsWriter.dateValue("2022-10-26T13:00:00+02:00"));
        assertEquals(":20220126T120000Z", IcsWriter.dateValue("2022-01-26T13:00:00"));
        assertEquals(";VALUE=DATE:20221026", IcsWriter.dateValue("2022-10-26"));
        assertEquals(null, IcsWriter.dateValue("morgen"));
    }

    @Test
    void aCalendarHasOneEventPerDatedThingInItsNewestVersionAndNoneForDeletedOrUndatedThings() throws Exception {
        String act = "http://localhost:3030/id/activiteit/2022A07659";
        AlertEntry newer = new AlertEntry(2, Instant.parse("2025-11-03T09:15:02Z"), AlertEntry.Kind.NEW, act,
                "Commissiedebat Digitale zaken; chips, AI", "changed", List.of("dossier/d"), "2022-10-26T13:00:00+02:00",
                "2022-10-26T15:00:00+02:00", "Thorbeckezaal");
        AlertEntry older = new AlertEntry(1, Instant.parse("2025-11-01T09:15:02Z"), AlertEntry.Kind.NEW, act,
                "Oude titel", "changed", List.of("dossier/d"), "2022-10-25T13:00:00+02:00", null, null);
        AlertEntry undated = new AlertEntry(3, Instant.parse("2025-11-03T09:15:02Z"), AlertEntry.Kind.NEW,
                "http://localhost:3030/id/zaak/2024Z16273", "Motie", "changed", List.of("dossier/d"), null, null, null);
        String deletedIri = "http://localhost:3030/id/activiteit/2022A00001";
        AlertEntry deleted = new AlertEntry(5, Instant.parse("2025-11-04T09:15:02Z"), AlertEntry.Kind.DELETED, deletedIri,
                "Weg", "deleted", List.of("dossier/d"), null, null, null);
        AlertEntry deletedWasDated = new AlertEntry(4, Instant.parse("2025-11-02T09:15:02Z"), AlertEntry.Kind.NEW, deletedIri,
                "Weg", "changed", List.of("dossier/d"), "2022-10-27", null, null);
        AlertFeed feed = new AlertFeed("urn:x", "Kamergraaf: dossier d", "http://h/alerts/dossier/d.ics", "http://h/",
                Instant.parse("2025-11-04T09:15:02Z"), List.of(item(deleted), item(undated), item(newer), item(deletedWasDated), item(older)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IcsWriter.write(feed, out);
        String ics = out.toString(StandardCharsets.UTF_8);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertEquals(1, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
        assertTrue(ics.contains("UID:" + act + "\r\n"));
        assertTrue(ics.contains("DTSTART:20221026T110000Z\r\nDTEND:20221026T130000Z\r\n"));
        assertTrue(ics.contains("SUMMARY:Commissiedebat Digitale zaken\\; chips\\, AI\r\n"));
        assertTrue(ics.contains("LOCATION:Thorbeckezaal\r\n"));
        assertFalse(ics.contains("Oude titel"));
        assertFalse(ics.contains("2022A00001"));
        for (String line : ics.split("\r\n")) assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }

    private static AlertFeed.Item item(AlertEntry e) {
        return new AlertFeed.Item("urn:kamergraaf:alert:" + e.seq(), "http://h/doc/x", e);
    }
}
