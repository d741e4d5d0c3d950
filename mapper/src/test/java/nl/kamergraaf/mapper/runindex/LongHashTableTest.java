package nl.kamergraaf.mapper.runindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongHashTableTest {
    @TempDir
    Path tmp;

    private LongHashTable table(int width, long capacity) {
        return new LongHashTable(width, capacity, c -> tmp.resolve("t-" + c + ".longs"));
    }

    @Test
    void keepsEveryKeyAndItsValuesWhenGrowingFarPastTheInitialCapacity() throws IOException {
        try (LongHashTable t = table(3, 16)) {
            for (long k = 1; k <= 100_000; k++) {
                long slot = t.findOrInsert(k * 7919);
                t.setValue(slot, 0, k);
                t.setValue(slot, 2, -k);
            }
            assertEquals(100_000, t.size());
            assertTrue(t.capacity() >= 200_000, "grown to keep at most half the slots used: " + t.capacity());
            for (long k = 1; k <= 100_000; k++) {
                long slot = t.find(k * 7919);
                assertEquals(k, t.value(slot, 0));
                assertEquals(0, t.value(slot, 1));
                assertEquals(-k, t.value(slot, 2));
            }
            assertEquals(-1, t.find(3));
            try (Stream<Path> files = Files.list(tmp)) {
                assertEquals(1, files.count(), "the files of outgrown tables are deleted");
            }
        }
    }

    @Test
    void aKeyFoundAgainKeepsItsSlotAndSizeCountsItOnce() {
        try (LongHashTable t = table(1, 16)) {
            long a = t.findOrInsert(42);
            t.setValue(a, 0, 5);
            assertEquals(a, t.findOrInsert(42));
            assertEquals(1, t.size());
            assertEquals(5, t.value(t.find(42), 0));
        }
    }

    @Test
    void zeroIsNotAKeyAndColumnsAreBounded() {
        try (LongHashTable t = table(2, 16)) {
            assertThrows(IllegalArgumentException.class, () -> t.findOrInsert(0));
            long slot = t.findOrInsert(1);
            assertThrows(IndexOutOfBoundsException.class, () -> t.value(slot, 2));
        }
    }

    @Test
    void closingDeletesTheFile() throws IOException {
        LongHashTable t = table(1, 16);
        t.findOrInsert(9);
        t.close();
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }
}
