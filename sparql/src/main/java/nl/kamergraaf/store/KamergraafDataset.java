package nl.kamergraaf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the live database of a store for reading, with the default graph as the union of the record graphs and,
 * when the build has one, its full-text index ({@link FullTextIndex}) attached for {@code text:query}.
 * Close what it opens with {@link #close(DatasetGraph)}.
 */
public final class KamergraafDataset {
    private static final Logger LOG = LoggerFactory.getLogger(KamergraafDataset.class);

    private KamergraafDataset() {}

    public static DatasetGraph openCurrent(StoreDirectory store) {
        Path build = store.current().orElseThrow(() -> new IllegalStateException(
                "The store " + store.root() + " has no data yet: run 'kamergraaf load' (or 'kamergraaf serve', which maps and loads data/)"));
        return open(build);
    }

    public static DatasetGraph open(Path build) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(build));
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (!FullTextIndex.exists(build)) {
            LOG.warn("The build {} has no full-text index (made by an older version?): text:query finds nothing until the next load", build);
            return tdb;
        }
        try {
            // The text dataset passes other calls, and its context, through to the TDB2 database.
            return TextDatasetFactory.create(tdb, FullTextIndex.open(build), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the full-text index of " + build, e);
        }
    }

    /** Releases a dataset from {@link #open}: its full-text index and the TDB2 database (so its files may go). */
    public static void close(DatasetGraph dsg) {
        DatasetGraph tdb = dsg;
        if (dsg instanceof DatasetGraphText text) {
            text.getTextIndex().close();
            tdb = text.getWrapped();
        }
        TDBInternal.expel(tdb);
    }
}
