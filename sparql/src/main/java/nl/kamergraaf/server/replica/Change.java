package nl.kamergraaf.server.replica;

/**
 * One entry of the primary's change feed: the record graph {@code graph} (about {@code iri}) was changed or, when
 * {@code deleted}, replaced by a tombstone; {@code seq} is its place in the primary's change log.
 */
public record Change(long seq, String iri, String graph, boolean deleted) {}
