package nl.kamergraaf.server;

import org.apache.jena.query.Query;

/**
 * The cap on the rows one query may return: a query without a LIMIT, or with a larger one, gets the cap as its
 * LIMIT. Done by rewriting the query rather than by cutting the output, so the engine stops early (no work wasted on
 * rows nobody receives) and every result format, CONSTRUCT and DESCRIBE included, is capped the same way.
 */
public final class RowLimit {
    private final long maxRows;

    public RowLimit(long maxRows) {
        if (maxRows <= 0) throw new IllegalArgumentException("The row cap must be positive, not " + maxRows);
        this.maxRows = maxRows;
    }

    public long maxRows() {
        return maxRows;
    }

    /** Whether the query would return more rows than the cap allows. ASK answers one boolean and is never capped. */
    public boolean applies(Query query) {
        if (query.isAskType()) return false;
        return !query.hasLimit() || query.getLimit() > maxRows;
    }

    /** The query as it is run: a copy with the cap as its LIMIT when {@link #applies}, else the query itself. */
    public Query apply(Query query) {
        if (!applies(query)) return query;
        Query capped = query.cloneQuery();
        capped.setLimit(maxRows);
        return capped;
    }
}
