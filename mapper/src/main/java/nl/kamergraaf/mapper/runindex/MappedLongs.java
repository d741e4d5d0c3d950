package nl.kamergraaf.mapper.runindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A fixed-length array of longs in a file, memory-mapped, all zero at first: the pages live in the operating system's
 * page cache rather than in the Java heap, so a run index of ten million entries costs the heap nothing. The file is
 * sparse until written. Mapped in chunks, as one mapping cannot exceed 2 GB.
 */
public final class MappedLongs implements AutoCloseable {
    private static final int CHUNK_SHIFT = 20; // 1 Mi longs (8 MB) per mapping
    private static final int CHUNK_MASK = (1 << CHUNK_SHIFT) - 1;

    private final Path file;
    private final long length;
    private MappedByteBuffer[] chunks;

    public MappedLongs(Path file, long length) {
        if (length < 0) throw new IllegalArgumentException("negative length " + length);
        this.file = file;
        this.length = length;
        int count = (int) ((length + CHUNK_MASK) >>> CHUNK_SHIFT);
        chunks = new MappedByteBuffer[count];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            for (int c = 0; c < count; c++) {
                long longs = Math.min(1L << CHUNK_SHIFT, length - ((long) c << CHUNK_SHIFT));
                chunks[c] = ch.map(FileChannel.MapMode.READ_WRITE, (long) c << (CHUNK_SHIFT + 3), longs << 3);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot map run index file " + file, e);
        }
    }

    public long length() {
        return length;
    }

    public long get(long i) {
        return chunks[(int) (i >>> CHUNK_SHIFT)].getLong(((int) i & CHUNK_MASK) << 3);
    }

    public void set(long i, long value) {
        chunks[(int) (i >>> CHUNK_SHIFT)].putLong(((int) i & CHUNK_MASK) << 3, value);
    }

    /** Drops the mappings and deletes the file (the pages go once the buffers are collected; Linux allows this). */
    @Override
    public void close() {
        chunks = new MappedByteBuffer[0];
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete run index file " + file, e);
        }
    }
}
