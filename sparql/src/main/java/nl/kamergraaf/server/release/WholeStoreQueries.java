package nl.kamergraaf.server.release;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The queries a release runs over the whole store (statistics, tables). A served dataset carries the public endpoint's
 * query timeout in its context (KamergraafServer), which every query over it would inherit: a release written by a
 * running server would then be cancelled halfway on a large store. These queries are the operator's, not the
 * public's, so they run without it.
 */
final class WholeStoreQueries {
    private WholeStoreQueries() {}

    /** A query execution over the dataset with no timeout, whatever the dataset's context says. */
    static QueryExec exec(DatasetGraph dataset, Query query) {
        return QueryExec.dataset(dataset).query(query).set(ARQ.queryTimeout, "-1").build();
    }
}
