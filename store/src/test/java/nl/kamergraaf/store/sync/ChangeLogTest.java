package nl.kamergraaf.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change log a real sync writes, read back from any position. */
class ChangeLogTest {
    @TempDir
    Path dir;

    @Test
    void fromAnyPositionTheLogGivesExactlyTheEntriesAfterIt() throws Exception {
        try (SyncFixture f = new SyncFixture(dir)) {
            f.sync().run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));
            ChangeLog log = f.sync().changeLog();
            List<ChangeEntry> all = log.entries();
            assertTrue(log.segments().size() > 3, "one segment per committed page");
            for (long after = 0; after <= all.size(); after++) {
                long a = after;
                assertEquals(all.stream().filter(e -> e.seq() > a).limit(4).toList(), log.entriesAfter(after, 4), "after " + after);
            }
        }
    }
}
