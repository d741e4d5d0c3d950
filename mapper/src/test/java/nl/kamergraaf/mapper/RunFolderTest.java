package nl.kamergraaf.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mapping run keeps its large indexes in a folder of its own in java.io.tmpdir, with files in it while it maps, and
 * leaves nothing behind when it ends.
 */
class RunFolderTest {
    @TempDir
    Path parent;

    private Set<Path> runFolders() throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> p.getFileName().toString().startsWith("kamergraaf-map-")).collect(Collectors.toSet());
        }
    }

    @Test
    void aMappingRunDeletesItsIndexFolderWhenItEnds() throws IOException {
        Set<Path> before = runFolders();
        Set<Path> during = new HashSet<>();
        KamergraafMapper.create().source(ProjectFiles.dataDir().resolve("tk-opendata")).indexFolder(parent).progress((done, total) -> {
            try {
                for (Path p : runFolders()) {
                    if (before.contains(p)) continue;
                    try (Stream<Path> files = Files.list(p)) {
                        if (files.findAny().isPresent()) during.add(p);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).build().map(StreamRDFLib.sinkNull());
        assertEquals(1, during.size(), "one run folder, with index files in it, while mapping: " + during);
        assertFalse(Files.exists(during.iterator().next()), "deleted at the end");
        assertTrue(before.containsAll(runFolders()), "no run folder left behind");
    }
}
