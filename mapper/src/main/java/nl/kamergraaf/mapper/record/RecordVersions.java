package nl.kamergraaf.mapper.record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import nl.kamergraaf.mapper.runindex.LongHashTable;

/**
 * The newest version of every record a run sees, and whether its graph has been written. The same record can reach a
 * run more than once: in two harvested pages, expanded inside a hundred votes, or once before and once after a change.
 * Each version is a whole statement of the record, so one graph must hold one version: the newest by ApiGewijzigdOp
 * (copies of that version, which differ only in what a {@code $select} or {@code $expand} left in, are merged). Older
 * versions are not written, and the record is counted once.
 * <p>
 * A copy identical to the graph already written (the same zaak expanded in a hundred votes) is not written again,
 * so the output holds each statement once and the quads {@code map} counts are the quads a store loads.
 * <p>
 * Kept out of the heap for the full Tweede Kamer (some ten million records): a 64-bit hash of type and Id, the
 * version as epoch milliseconds, a written flag and a hash of the written graph, in a {@link LongHashTable} on disk
 * (32 bytes a slot, at most half the slots used).
 */
public final class RecordVersions {
    private static final long NO_TIME = Long.MIN_VALUE;
    private static final int VERSION = 0;
    private static final int WRITTEN = 1;
    private static final int CONTENT = 2;
    public static final int WIDTH = 3;

    private final LongHashTable table;

    /** @param table a table of {@link #WIDTH} values per key, empty */
    public RecordVersions(LongHashTable table) {
        this.table = table;
    }

    /** The prepare pass saw this version of the record. */
    public void see(String type, String id, String apiGewijzigdOp) {
        long slot = slot(key(type, id));
        long v = millis(apiGewijzigdOp);
        if (v > table.value(slot, VERSION)) table.setValue(slot, VERSION, v);
    }

    /**
     * Whether this version is the newest the run saw of the record. A copy that states no ApiGewijzigdOp (a plain
     * tkData entity file) cannot be shown to be older and is merged; so is a record the prepare pass missed.
     */
    public boolean isNewest(String type, String id, String apiGewijzigdOp) {
        long slot = table.find(key(type, id));
        long v = millis(apiGewijzigdOp);
        return slot < 0 || v == NO_TIME || v >= table.value(slot, VERSION);
    }

    /**
     * Whether a graph of the record must be written: not when an identical graph of it was written before.
     *
     * @param recordKey "Type:guid" as {@link nl.kamergraaf.mapper.RecordBuffer#recordKey()} gives it
     * @param content   {@link nl.kamergraaf.mapper.RecordBuffer#contentHash()} of the graph
     */
    public boolean needsWriting(String recordKey, long content) {
        if (recordKey == null) return true;
        long slot = slot(hash(recordKey));
        return table.value(slot, WRITTEN) == 0 || table.value(slot, CONTENT) != content;
    }

    /** Marks the record's graph written; true the first time, so that the record is counted once. */
    public boolean markWritten(String recordKey, long content) {
        if (recordKey == null) return true;
        long slot = slot(hash(recordKey));
        if (table.value(slot, WRITTEN) != 0) return false;
        table.setValue(slot, WRITTEN, 1);
        table.setValue(slot, CONTENT, content);
        return true;
    }

    public long size() {
        return table.size();
    }

    /** The key's slot, a new key starting with no version. */
    private long slot(long key) {
        long before = table.size();
        long slot = table.findOrInsert(key);
        if (table.size() != before) table.setValue(slot, VERSION, NO_TIME);
        return slot;
    }

    /** FNV-1a over type and lowercased Id, finished with MurmurHash3's mixer; never the EMPTY marker. */
    private static long key(String type, String id) {
        return hash(type + ':' + id.toLowerCase(Locale.ROOT));
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1L : h;
    }

    /** ApiGewijzigdOp as epoch milliseconds; a missing or unreadable value is older than any other. */
    private static long millis(String s) {
        if (s == null || s.isEmpty()) return NO_TIME;
        try {
            Instant t = OffsetDateTime.parse(s).toInstant();
            return t.toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            return NO_TIME;
        }
    }
}
