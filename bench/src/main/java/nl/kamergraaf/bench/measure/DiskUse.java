package nl.kamergraaf.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * How much disk a benchmark run takes: the file system's used space sampled on a daemon thread, so that the peak
 * between two steps (a corpus, an N-Quads file and a store side by side) is caught, not only what is left at the end.
 * Other programs writing to the same disk count too: on a shared machine this is an upper bound.
 */
public final class DiskUse {
    private static final long SAMPLE_MILLIS = 2_000;
    private final FileStore fileStore;
    private final long usedAtStart;
    private final AtomicLong peakUsed;

    private DiskUse(FileStore fileStore) throws IOException {
        this.fileStore = fileStore;
        this.usedAtStart = used();
        this.peakUsed = new AtomicLong(usedAtStart);
    }

    /** Starts sampling the file system that holds {@code folder}. */
    public static DiskUse watch(Path folder) throws IOException {
        DiskUse d = new DiskUse(Files.getFileStore(folder));
        Thread t = new Thread(d::sampleForever, "disk-sampler");
        t.setDaemon(true);
        t.start();
        return d;
    }

    /** The largest growth of the used space since {@link #watch}. */
    public long peakGrowthBytes() {
        sample();
        return peakUsed.get() - usedAtStart;
    }

    public long usableBytes() throws IOException {
        return fileStore.getUsableSpace();
    }

    /** The bytes of the files under {@code dir} (0 when it does not exist). */
    public static long treeBytes(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private long used() throws IOException {
        return fileStore.getTotalSpace() - fileStore.getUnallocatedSpace();
    }

    private void sample() {
        try {
            long u = used();
            peakUsed.accumulateAndGet(u, Math::max);
        } catch (IOException e) {
            // a failed sample only loses one point of the curve
        }
    }

    private void sampleForever() {
        while (true) {
            sample();
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
