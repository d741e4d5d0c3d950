package nl.kamergraaf.mapper.spi;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A generated input for the streaming-memory case: a class with a public no-argument constructor that writes
 * {@code records} records of its format into a folder (run in the child JVM, so it is named by class), the heap the
 * child gets, and the fewest quads each record must give (so that an input mapped to nothing cannot pass).
 */
public record LargeInput(Class<? extends LargeInput.Generator> generator, int records, int heapMegabytes, int minQuadsPerRecord) {

    /** Writes the generated records; the files together must be larger than the child's heap. */
    public interface Generator {
        void write(Path folder, int records) throws IOException;
    }
}
