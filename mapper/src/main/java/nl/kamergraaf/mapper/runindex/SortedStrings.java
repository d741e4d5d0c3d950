package nl.kamergraaf.mapper.runindex;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.IntFunction;

/**
 * Strings sorted on disk (external merge sort): added strings are buffered up to a bound on their total length,
 * each full buffer is sorted and written to a file of its own, and {@link #sorted()} merges the files. The order is
 * {@link String#compareTo}; duplicates are kept. The heap holds one buffer while adding and one string per file while
 * merging.
 */
public final class SortedStrings implements AutoCloseable {
    private final IntFunction<Path> runFiles;
    private final long bufferChars;
    private final List<String> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final List<DataInputStream> open = new ArrayList<>();
    private long buffered;
    private boolean merging;

    /**
     * @param runFiles    the file of the n-th sorted run
     * @param bufferChars how many chars of text to sort in the heap before writing a run
     */
    public SortedStrings(IntFunction<Path> runFiles, long bufferChars) {
        this.runFiles = runFiles;
        this.bufferChars = bufferChars;
    }

    public void add(String s) {
        if (merging) throw new IllegalStateException("add after sorted()");
        buffer.add(s);
        buffered += s.length() + 16;
        if (buffered >= bufferChars) spill();
    }

    /** All strings added, in order; once only. */
    public Iterator<String> sorted() {
        if (merging) throw new IllegalStateException("sorted() twice");
        merging = true;
        if (runs.isEmpty()) { // all in the heap: no file needed
            buffer.sort(null);
            List<String> all = new ArrayList<>(buffer);
            buffer.clear();
            return all.iterator();
        }
        if (!buffer.isEmpty()) spill();
        PriorityQueue<Head> heads = new PriorityQueue<>();
        for (Path run : runs) {
            try {
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
                open.add(in);
                Head h = new Head(in);
                if (h.advance()) heads.add(h);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read sorted run " + run, e);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public String next() {
                Head h = heads.poll();
                if (h == null) throw new NoSuchElementException();
                String s = h.current;
                if (h.advance()) heads.add(h);
                return s;
            }
        };
    }

    private void spill() {
        buffer.sort(null);
        Path run = runFiles.apply(runs.size());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (String s : buffer) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write sorted run " + run, e);
        }
        runs.add(run);
        buffer.clear();
        buffered = 0;
    }

    /** The next string of one sorted run. */
    private static final class Head implements Comparable<Head> {
        private final DataInputStream in;
        private String current;

        Head(DataInputStream in) {
            this.in = in;
        }

        boolean advance() {
            try {
                int n;
                try {
                    n = in.readInt();
                } catch (EOFException end) {
                    return false;
                }
                current = new String(in.readNBytes(n), StandardCharsets.UTF_8);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read a sorted run", e);
            }
        }

        @Override
        public int compareTo(Head o) {
            return current.compareTo(o.current);
        }
    }

    /** Deletes the sorted runs; the strings not yet read are gone. */
    @Override
    public void close() {
        buffer.clear();
        try {
            for (DataInputStream in : open) in.close();
            for (Path run : runs) Files.deleteIfExists(run);
            open.clear(); // closing twice (the reader at the end, the run at its end) is harmless
            runs.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete sorted runs", e);
        }
    }
}
