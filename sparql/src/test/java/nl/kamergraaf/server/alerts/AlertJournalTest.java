package nl.kamergraaf.server.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertJournalTest {
    @TempDir
    Path build;

    private static AlertEntry entry(String iri, AlertEntry.Kind kind, String... feeds) {
        return new AlertEntry(0, Instant.parse("2025-11-03T09:15:02.500Z"), kind, iri, "titel van " + iri, "samenvatting",
                List.of(feeds), null, null, null);
    }

    @Test
    void batchesAreNumberedOnFromTheLastEntryAndEachFeedReadsOnlyItsOwnNewestFirst() throws Exception {
        AlertJournal journal = AlertJournal.of(build);
        assertEquals(0, journal.lastSeq());
        assertEquals(Optional.empty(), journal.newestSegment("dossier/36600-XIII"));
        journal.append(List.of(entry("a", AlertEntry.Kind.NEW, "dossier/36600-XIII", "fractie/f1"), entry("b", AlertEntry.Kind.NEW, "fractie/f1")));
        List<AlertEntry> second = journal.append(List.of(entry("c", AlertEntry.Kind.DELETED, "dossier/36600-XIII")));
        assertEquals(3, second.get(0).seq());
        assertEquals(3, journal.lastSeq());

        assertEquals(List.of("c", "a"), journal.latest("dossier/36600-XIII", 10).stream().map(AlertEntry::iri).toList());
        assertEquals(List.of("b", "a"), journal.latest("fractie/f1", 10).stream().map(AlertEntry::iri).toList());
        assertEquals(List.of("c"), journal.latest("dossier/36600-XIII", 1).stream().map(AlertEntry::iri).toList());
        assertEquals(List.of("c", "b", "a"), journal.tail(10).stream().map(AlertEntry::iri).toList());
        assertEquals(List.of(), journal.latest("dossier/36600-I", 10));
        assertEquals(Optional.of(3L), journal.newestSegment("dossier/36600-XIII"));
        assertEquals(Optional.of(1L), journal.newestSegment("fractie/f1"));
        assertEquals(AlertEntry.Kind.DELETED, journal.latest("dossier/36600-XIII", 1).get(0).kind());
        assertEquals(List.of("dossier/36600-XIII", "fractie/f1"), journal.feeds());
        // written under the build's sync state, so compaction copies it along
        assertTrue(Files.isDirectory(build.resolve("sync/alerts/journal")));
    }

    @Test
    void anEntryReadsBackAsItWasWritten() throws Exception {
        AlertJournal journal = AlertJournal.of(build);
        AlertEntry dated = new AlertEntry(0, Instant.parse("2022-10-25T14:40:53.043Z"), AlertEntry.Kind.NEW,
                "http://localhost:3030/id/activiteit/2022A07659", "Regeling van werkzaamheden, \"plenair\"\nregel 2", "s",
                List.of("query/activiteiten"), "2022-10-26T13:00:00+02:00", "2022-10-26T14:00:00+02:00", "Plenaire zaal");
        assertEquals(List.of(dated.numbered(1)), journal.append(List.of(dated)));
        assertEquals(List.of(dated.numbered(1)), journal.latest("query/activiteiten", 5));
    }

    @Test
    void pruningDropsOldSegmentsButKeepsTheNewestSoNumberingGoesOn() throws Exception {
        AlertJournal journal = AlertJournal.of(build);
        for (int i = 0; i < 3; i++) journal.append(List.of(entry("e" + i, AlertEntry.Kind.NEW, "dossier/d")));
        List<Path> old = new ArrayList<>();
        try (var s = Files.walk(journal.dir())) {
            s.filter(p -> p.toString().endsWith(".jsonl")).forEach(old::add);
        }
        for (Path p : old) Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofDays(100))));
        int removed = journal.prune(Instant.now().minus(Duration.ofDays(90)), List.of("dossier/d"));
        assertEquals(4, removed, "two of three segments in the journal and in the feed");
        assertEquals(List.of("e2"), journal.latest("dossier/d", 10).stream().map(AlertEntry::iri).toList());
        assertEquals(3, journal.lastSeq());
        assertEquals(4, journal.append(List.of(entry("e3", AlertEntry.Kind.NEW, "dossier/d"))).get(0).seq());
        assertFalse(journal.latest("dossier/d", 10).isEmpty());
    }
}
