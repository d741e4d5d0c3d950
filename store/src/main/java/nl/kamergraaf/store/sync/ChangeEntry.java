package nl.kamergraaf.store.sync;

import java.time.Instant;

/**
 * One line of the change log: the graph of record {@code graph} about {@code iri} was changed or deleted (left as a
 * tombstone) at {@code time}, the sync's commit time. {@code seq} orders the log; {@code hash} fingerprints the
 * graph's new content, so that recovery can tell whether a batch was committed.
 */
public record ChangeEntry(long seq, Instant time, Kind kind, String iri, String graph, String hash) {
    public enum Kind { CHANGED, DELETED }
}
