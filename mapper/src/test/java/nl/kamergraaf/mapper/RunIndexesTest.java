package nl.kamergraaf.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.runindex.LongHashTable;
import nl.kamergraaf.mapper.runindex.SortedStrings;
import nl.kamergraaf.mapper.runindex.StringTable;

class RunIndexesTest {
    @Test
    void closingDeletesTheRunFolderWithEveryIndexInIt() {
        Path folder;
        try (RunIndexes indexes = RunIndexes.create()) {
            folder = indexes.folder();
            assertTrue(folder.startsWith(Path.of(System.getProperty("java.io.tmpdir"))));
            StringTable a = indexes.stringTable("same-name");
            StringTable b = indexes.stringTable("same-name");
            a.put("k", "a");
            b.put("k", "b");
            assertEquals(Optional.of("a"), a.get("k"), "two indexes of one name do not share files");
            LongHashTable t = indexes.longHashTable("versions", 3);
            for (long k = 1; k < 10_000; k++) t.findOrInsert(k);
            SortedStrings s = indexes.sortedStrings("sorted");
            s.add("x");
            assertTrue(Files.isDirectory(folder));
        }
        assertFalse(Files.exists(folder), "the folder is gone: " + folder);
    }
}
