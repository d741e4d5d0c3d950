package nl.kamergraaf.mapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.mapper.runindex.LongHashTable;
import nl.kamergraaf.mapper.runindex.SortedStrings;
import nl.kamergraaf.mapper.runindex.StringHeap;
import nl.kamergraaf.mapper.runindex.StringTable;

/**
 * The folder of one mapping run's indexes on disk (GUIDs to numbers, record versions, votes): a fresh temporary folder
 * (in {@code java.io.tmpdir}) per run, so that the heap stays flat however large the input; the indexes are
 * memory-mapped files, their pages in the page cache. {@link #close} deletes the folder and all in it.
 */
public final class RunIndexes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunIndexes.class);
    private static final long INITIAL_SLOTS = 1 << 12;
    /** About 8 million chars of votes (some 12 MB of heap) per sorted run. */
    private static final long SORT_BUFFER_CHARS = 8L << 20;

    private final Path folder;
    private final List<AutoCloseable> made = new ArrayList<>();
    private int files;

    private RunIndexes(Path folder) {
        this.folder = folder;
    }

    /** A new, empty folder under java.io.tmpdir. */
    public static RunIndexes create() {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A new, empty folder {@code kamergraaf-map-*} in {@code parent} (e.g. a disk larger than /tmp at full scale). */
    public static RunIndexes create(Path parent) {
        try {
            return new RunIndexes(Files.createTempDirectory(parent, "kamergraaf-map-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a folder for the mapping run's indexes in " + parent, e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** A map from non-zero long keys to {@code width} longs. */
    public LongHashTable longHashTable(String name, int width) {
        return keep(new LongHashTable(width, INITIAL_SLOTS, capacity -> file(name + "-" + capacity + ".longs")));
    }

    /** A map from strings to strings. */
    public StringTable stringTable(String name) {
        StringHeap text = new StringHeap(file(name + ".text"));
        LongHashTable slots = new LongHashTable(2, INITIAL_SLOTS, capacity -> file(name + "-" + capacity + ".slots"));
        return keep(new StringTable(text, slots));
    }

    /** Strings to be read back sorted. */
    public SortedStrings sortedStrings(String name) {
        return keep(new SortedStrings(run -> file(name + "-" + run + ".run"), SORT_BUFFER_CHARS));
    }

    /** A new file name in the folder (unique, so that two indexes of one name do not meet). */
    private synchronized Path file(String name) {
        return folder.resolve((files++) + "-" + name);
    }

    private synchronized <T extends AutoCloseable> T keep(T index) {
        made.add(index);
        return index;
    }

    /** Closes every index made here and deletes the folder. */
    @Override
    public synchronized void close() {
        for (AutoCloseable index : made) {
            try {
                index.close();
            } catch (Exception e) {
                LOG.warn("Could not close a run index in {}: {}", folder, e.toString());
            }
        }
        made.clear();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the run index folder " + folder, e);
        }
    }
}
