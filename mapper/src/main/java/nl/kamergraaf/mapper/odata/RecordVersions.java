package nl.kamergraaf.mapper.odata;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

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
 * Kept compact for the full Tweede Kamer (some ten million records): a 64-bit hash of type and Id, the version as
 * epoch milliseconds, a hash of the written graph and a written flag, in open-addressed arrays (about 50 bytes a
 * record).
 */
final class RecordVersions {
    private static final long EMPTY = 0L;
    private static final long NO_TIME = Long.MIN_VALUE;

    private long[] keys = new long[1 << 12];
    private long[] versions = new long[1 << 12];
    private boolean[] written = new boolean[1 << 12];
    private long[] writtenContent = new long[1 << 12];
    private int size;

    /** The prepare pass saw this version of the record. */
    void see(String type, String id, String apiGewijzigdOp) {
        int slot = slot(key(type, id), true);
        long v = millis(apiGewijzigdOp);
        if (v > versions[slot]) versions[slot] = v;
    }

    /**
     * Whether this version is the newest the run saw of the record. A copy that states no ApiGewijzigdOp (a plain
     * tkData entity file) cannot be shown to be older and is merged; so is a record the prepare pass missed.
     */
    boolean isNewest(String type, String id, String apiGewijzigdOp) {
        int slot = slot(key(type, id), false);
        long v = millis(apiGewijzigdOp);
        return slot < 0 || v == NO_TIME || v >= versions[slot];
    }

    /**
     * Whether a graph of the record must be written: not when an identical graph of it was written before.
     *
     * @param recordKey "Type:guid" as {@link nl.kamergraaf.mapper.RecordBuffer#recordKey()} gives it
     * @param content   {@link nl.kamergraaf.mapper.RecordBuffer#contentHash()} of the graph
     */
    boolean needsWriting(String recordKey, long content) {
        if (recordKey == null) return true;
        int slot = slot(hash(recordKey), true);
        return !written[slot] || writtenContent[slot] != content;
    }

    /** Marks the record's graph written; true the first time, so that the record is counted once. */
    boolean markWritten(String recordKey, long content) {
        if (recordKey == null) return true;
        int slot = slot(hash(recordKey), true);
        if (written[slot]) return false;
        written[slot] = true;
        writtenContent[slot] = content;
        return true;
    }

    int size() {
        return size;
    }

    private int slot(long key, boolean insert) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) return i;
            i = (i + 1) & mask;
        }
        if (!insert) return -1;
        if ((size + 1) * 2 > keys.length) {
            grow();
            return slot(key, true);
        }
        keys[i] = key;
        versions[i] = NO_TIME;
        size++;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldVersions = versions;
        boolean[] oldWritten = written;
        long[] oldContent = writtenContent;
        keys = new long[oldKeys.length * 2];
        versions = new long[oldKeys.length * 2];
        written = new boolean[oldKeys.length * 2];
        writtenContent = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == EMPTY) continue;
            int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            versions[i] = oldVersions[j];
            written[i] = oldWritten[j];
            writtenContent[i] = oldContent[j];
        }
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
        return h == EMPTY ? 1L : h;
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
