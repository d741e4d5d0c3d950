package nl.kamergraaf.mapper.runindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Append-only text in a memory-mapped file: {@link #append} writes a string as UTF-8 behind its length and returns
 * the offset to read it back with. The file is mapped in 64 MB chunks, added as the text grows; a string never
 * straddles two chunks (the rest of a chunk is skipped), so each is read from one buffer.
 */
public final class StringHeap implements AutoCloseable {
    private static final int CHUNK = 1 << 26;

    private final Path file;
    private final FileChannel channel;
    private final List<MappedByteBuffer> chunks = new ArrayList<>();
    private long end;

    public StringHeap(Path file) {
        this.file = file;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create run index file " + file, e);
        }
    }

    /** Stores the string; the offset returned reads it back. */
    public long append(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int need = 4 + bytes.length;
        if (need > CHUNK) throw new IllegalArgumentException("string of " + bytes.length + " bytes is too long for a run index");
        long chunkEnd = (end / CHUNK + 1) * CHUNK;
        if (end + need > chunkEnd) end = chunkEnd;
        MappedByteBuffer b = chunk((int) (end / CHUNK));
        int at = (int) (end % CHUNK);
        b.putInt(at, bytes.length);
        b.put(at + 4, bytes);
        long offset = end;
        end += need;
        return offset;
    }

    public String get(long offset) {
        MappedByteBuffer b = chunks.get((int) (offset / CHUNK));
        int at = (int) (offset % CHUNK);
        byte[] bytes = new byte[b.getInt(at)];
        b.get(at + 4, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether the string at the offset is {@code s}, without making a String of it. */
    public boolean equalsAt(long offset, byte[] s) {
        MappedByteBuffer b = chunks.get((int) (offset / CHUNK));
        int at = (int) (offset % CHUNK);
        if (b.getInt(at) != s.length) return false;
        for (int i = 0; i < s.length; i++) {
            if (b.get(at + 4 + i) != s[i]) return false;
        }
        return true;
    }

    /** Bytes in use (with the lengths and the skipped chunk ends). */
    public long size() {
        return end;
    }

    private MappedByteBuffer chunk(int c) {
        try {
            while (chunks.size() <= c) {
                chunks.add(channel.map(FileChannel.MapMode.READ_WRITE, (long) chunks.size() * CHUNK, CHUNK));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot grow run index file " + file, e);
        }
        return chunks.get(c);
    }

    @Override
    public void close() {
        chunks.clear();
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete run index file " + file, e);
        }
    }
}
