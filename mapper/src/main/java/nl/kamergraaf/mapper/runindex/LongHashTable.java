package nl.kamergraaf.mapper.runindex;

import java.nio.file.Path;
import java.util.function.LongFunction;

/**
 * A map from non-zero 64-bit keys to a fixed number ({@code width}) of longs, open-addressed with linear probing in a
 * {@link MappedLongs} file: slot {@code i} holds the key at {@code i * (width + 1)} and its values after it. A new
 * key's values start at zero. Kept at most half full; when it would pass that, the entries are rehashed into a file
 * twice the size and the old file is deleted.
 */
public final class LongHashTable implements AutoCloseable {
    private static final long EMPTY = 0L;

    private final int width;
    private final int stride;
    private final LongFunction<Path> files;
    private MappedLongs slots;
    private long capacity;
    private long size;

    /**
     * @param files    the file of a table of the given capacity (a new name for every growth)
     * @param capacity the initial number of slots, a power of two
     */
    public LongHashTable(int width, long capacity, LongFunction<Path> files) {
        if (width < 1) throw new IllegalArgumentException("width must be at least 1");
        if (Long.bitCount(capacity) != 1) throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        this.width = width;
        this.stride = width + 1;
        this.files = files;
        this.capacity = capacity;
        this.slots = new MappedLongs(files.apply(capacity), capacity * stride);
    }

    /** The slot of the key, or -1 when absent. */
    public long find(long key) {
        checkKey(key);
        long mask = capacity - 1;
        for (long i = spread(key) & mask; ; i = (i + 1) & mask) {
            long k = slots.get(i * stride);
            if (k == key) return i;
            if (k == EMPTY) return -1;
        }
    }

    /** The slot of the key, inserted with zero values when absent. A slot number holds only until the next insert. */
    public long findOrInsert(long key) {
        checkKey(key);
        long mask = capacity - 1;
        long i = spread(key) & mask;
        for (long k; (k = slots.get(i * stride)) != EMPTY; i = (i + 1) & mask) {
            if (k == key) return i;
        }
        if ((size + 1) * 2 > capacity) {
            grow();
            return findOrInsert(key);
        }
        slots.set(i * stride, key);
        size++;
        return i;
    }

    /** Value {@code column} (0 to width - 1) of a slot. */
    public long value(long slot, int column) {
        return slots.get(slot * stride + 1 + checkColumn(column));
    }

    public void setValue(long slot, int column, long value) {
        slots.set(slot * stride + 1 + checkColumn(column), value);
    }

    public long size() {
        return size;
    }

    /** Every occupied slot, in slot order. */
    public void forEachSlot(java.util.function.LongConsumer action) {
        for (long i = 0; i < capacity; i++) {
            if (slots.get(i * stride) != EMPTY) action.accept(i);
        }
    }

    public long capacity() {
        return capacity;
    }

    private void grow() {
        MappedLongs old = slots;
        long oldCapacity = capacity;
        capacity = oldCapacity * 2;
        slots = new MappedLongs(files.apply(capacity), capacity * stride);
        long mask = capacity - 1;
        for (long j = 0; j < oldCapacity; j++) {
            long key = old.get(j * stride);
            if (key == EMPTY) continue;
            long i = spread(key) & mask;
            while (slots.get(i * stride) != EMPTY) i = (i + 1) & mask;
            for (int c = 0; c < stride; c++) slots.set(i * stride + c, old.get(j * stride + c));
        }
        old.close();
    }

    private int checkColumn(int column) {
        if (column < 0 || column >= width) throw new IndexOutOfBoundsException("column " + column + " of " + width);
        return column;
    }

    private static void checkKey(long key) {
        if (key == EMPTY) throw new IllegalArgumentException("0 is not a valid key (it marks an empty slot)");
    }

    /** Keys may be hashes already, but need not be (tests use small numbers): mix so that runs do not cluster. */
    private static long spread(long key) {
        long h = key * 0x9e3779b97f4a7c15L;
        return h ^ (h >>> 29);
    }

    @Override
    public void close() {
        slots.close();
    }
}
