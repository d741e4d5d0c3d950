package nl.kamergraaf.mapper.runindex;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

/**
 * A string-to-string map on disk: the text in a {@link StringHeap}, a {@link LongHashTable} from a 64-bit hash of
 * the key to the offsets of key and value. The key is compared on every lookup, so two keys with the same hash are
 * both kept: the second is filed under the hash of its hash, and so on. Replacing a value appends the new one (the
 * old text stays, unused: these tables are written a few times per key at most).
 */
public final class StringTable implements AutoCloseable {
    private static final int KEY = 0;
    private static final int VALUE = 1;

    private final StringHeap text;
    private final LongHashTable slots;
    private final ToLongFunction<String> hash;

    public StringTable(StringHeap text, LongHashTable slots) {
        this(text, slots, StringTable::hash);
    }

    /** With a given hash function: tests make keys collide with it. */
    StringTable(StringHeap text, LongHashTable slots, ToLongFunction<String> hash) {
        this.text = text;
        this.slots = slots;
        this.hash = hash;
    }

    public Optional<String> get(String key) {
        long slot = find(key, key.getBytes(StandardCharsets.UTF_8), false);
        return slot < 0 ? Optional.empty() : Optional.of(text.get(slots.value(slot, VALUE)));
    }

    public boolean containsKey(String key) {
        return find(key, key.getBytes(StandardCharsets.UTF_8), false) >= 0;
    }

    public void put(String key, String value) {
        long slot = find(key, key.getBytes(StandardCharsets.UTF_8), true);
        slots.setValue(slot, VALUE, text.append(value));
    }

    /** Stores the value unless the key has one already; true when stored. */
    public boolean putIfAbsent(String key, String value) {
        long before = slots.size();
        long slot = find(key, key.getBytes(StandardCharsets.UTF_8), true);
        if (slots.size() == before) return false;
        slots.setValue(slot, VALUE, text.append(value));
        return true;
    }

    public long size() {
        return slots.size();
    }

    /** Every entry, in no particular order. */
    public void forEach(BiConsumer<String, String> action) {
        slots.forEachSlot(slot -> action.accept(text.get(slots.value(slot, KEY) - 1), text.get(slots.value(slot, VALUE))));
    }

    /** The slot of the key; with {@code insert}, a new slot holding the key (its value not yet set) when absent. */
    private long find(String key, byte[] utf8, boolean insert) {
        for (long h = nonZero(hash.applyAsLong(key)); ; h = nonZero(mix(h))) {
            long slot = slots.find(h);
            if (slot < 0) {
                if (!insert) return -1;
                long offset = text.append(key);
                slot = slots.findOrInsert(h);
                slots.setValue(slot, KEY, offset + 1);
                return slot;
            }
            if (text.equalsAt(slots.value(slot, KEY) - 1, utf8)) return slot;
        }
    }

    /** FNV-1a over the UTF-16 chars, finished with MurmurHash3's mixer. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    @Override
    public void close() {
        try (text) {
            slots.close();
        }
    }
}
