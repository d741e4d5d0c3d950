package nl.kamergraaf.mapper.body;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;

/** The same publication and Word files give the same quads in the same order, with no blank nodes, every run. */
class DocumentBodyOutputTest {
    @Test
    void mappingTheSameFilesTwiceGivesTheSameBytesWithoutBlankNodes() throws IOException {
        Path data = ProjectFiles.dataDir().resolve("tk-opendata");
        Path[] sources = {data.resolve("publicaties"), data.resolve("documentbestanden"), data.resolve("persoon")};
        MappingRun first = MappingRun.of(sources);
        MappingRun second = MappingRun.of(sources);
        assertTrue(first.nquads().length > 0);
        assertArrayEquals(first.nquads(), second.nquads());
        assertFalse(first.dataset().stream().anyMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()));
    }
}
