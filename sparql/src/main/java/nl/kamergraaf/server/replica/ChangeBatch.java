package nl.kamergraaf.server.replica;

import java.util.List;

/** One page of the primary's change feed, oldest first; {@code more} while the feed links a next page. */
public record ChangeBatch(List<Change> changes, boolean more) {}
