package nl.kamergraaf.mapper.runindex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedStringsTest {
    @TempDir
    Path tmp;

    @Test
    void mergesManySpilledRunsIntoOneSortedSequenceWithDuplicates() throws IOException {
        List<String> expected = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        try (SortedStrings s = new SortedStrings(n -> tmp.resolve("run-" + n), 1_000)) {
            for (int i = 0; i < 20_000; i++) {
                String v = "besluit-" + random.nextInt(5_000) + (i % 3 == 0 ? "é" : "");
                s.add(v);
                expected.add(v);
            }
            try (Stream<Path> files = Files.list(tmp)) {
                assertEquals(true, files.count() > 10, "the buffer was written out several times");
            }
            expected.sort(null);
            List<String> got = new ArrayList<>();
            s.sorted().forEachRemaining(got::add);
            assertEquals(expected, got);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count(), "closing deletes the runs");
        }
    }

    @Test
    void sortsInTheHeapWhenNothingWasSpilled() {
        try (SortedStrings s = new SortedStrings(n -> tmp.resolve("run-" + n), 1 << 20)) {
            s.add("b");
            s.add("a\u0000z");
            s.add("a");
            List<String> got = new ArrayList<>();
            s.sorted().forEachRemaining(got::add);
            assertEquals(List.of("a", "a\u0000z", "b"), got);
        }
    }
}
