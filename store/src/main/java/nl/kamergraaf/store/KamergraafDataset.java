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
 * Opens the live database of a store, with the default graph as the union of the record graphs: either the TDB2
 * database alone ({@link #open}), or with the build's full-text index attached for {@code text:query}
 * ({@link #openWithTextIndex}, what the server serves). Close either with {@link #close(DatasetGraph)}.
 */
public final class KamergraafDataset {
    private static final Logger LOG = LoggerFactory.getLogger(KamergraafDataset.class);

    private KamergraafDataset() {}

    public static DatasetGraph openCurrent(StoreDirectory store) {
        return open(live(store));
    }

    /** The TDB2 database of a build (no full-text index): {@code TDBInternal.expel} releases it. */
    public static DatasetGraph open(Path build) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(build));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    public static DatasetGraph openCurrentWithTextIndex(StoreDirectory store) {
        return openWithTextIndex(live(store));
    }

    /**
     * The database of a build with its full-text index attached. Changes written through the returned dataset
     * update the index too (jena-text follows every added and deleted quad); changes written to the TDB2 database
     * directly do not.
     */
    public static DatasetGraph openWithTextIndex(Path build) {
        DatasetGraph tdb = open(build);
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

    /** Releases a dataset from this class: its full-text index, if any, and the TDB2 database (so its files may go). */
    public static void close(DatasetGraph dsg) {
        DatasetGraph tdb = dsg;
        if (dsg instanceof DatasetGraphText text) {
            text.getTextIndex().close();
            tdb = text.getWrapped();
        }
        TDBInternal.expel(tdb);
    }

    private static Path live(StoreDirectory store) {
        return store.current().orElseThrow(() -> new IllegalStateException(
                "The store " + store.root() + " has no data yet: run 'kamergraaf load' (or 'kamergraaf serve', which maps and loads data/)"));
    }
}
