package nl.kamergraaf.mapper.runindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StringTableTest {
    @TempDir
    Path tmp;

    private StringTable table(java.util.function.ToLongFunction<String> hash) {
        return new StringTable(new StringHeap(tmp.resolve("t.text")),
                new LongHashTable(2, 16, c -> tmp.resolve("t-" + c + ".slots")), hash);
    }

    @Test
    void keysWithTheSameHashAreKeptApart() {
        try (StringTable t = table(s -> 12345L)) { // every key collides
            for (int i = 0; i < 200; i++) t.put("guid-" + i, "nummer-" + i);
            for (int i = 0; i < 200; i++) assertEquals(Optional.of("nummer-" + i), t.get("guid-" + i));
            assertEquals(Optional.empty(), t.get("guid-200"));
            assertEquals(200, t.size());
        }
    }

    @Test
    void growsPastItsInitialCapacityAndIteratesEveryEntry() {
        try (StringTable t = table(StringTable::hash)) {
            Map<String, String> expected = new HashMap<>();
            for (int i = 0; i < 50_000; i++) {
                t.put("k" + i, "v" + (i * 3));
                expected.put("k" + i, "v" + (i * 3));
            }
            Map<String, String> seen = new HashMap<>();
            t.forEach(seen::put);
            assertEquals(expected, seen);
        }
    }

    @Test
    void nonAsciiKeysAndValuesRoundTrip() {
        try (StringTable t = table(StringTable::hash)) {
            t.put("Gündoğan", "GroenLinks–PvdA ✓ 𝄞");
            t.put("", "empty key");
            assertEquals(Optional.of("GroenLinks–PvdA ✓ 𝄞"), t.get("Gündoğan"));
            assertEquals(Optional.empty(), t.get("Gundogan"));
            assertEquals(Optional.of("empty key"), t.get(""));
        }
    }

    @Test
    void putReplacesAndPutIfAbsentKeepsTheFirstValue() {
        try (StringTable t = table(StringTable::hash)) {
            assertTrue(t.putIfAbsent("a", "1"));
            assertFalse(t.putIfAbsent("a", "2"));
            assertEquals(Optional.of("1"), t.get("a"));
            t.put("a", "3");
            assertEquals(Optional.of("3"), t.get("a"));
            assertEquals(1, t.size());
            assertTrue(t.containsKey("a"));
            assertFalse(t.containsKey("b"));
        }
    }
}
