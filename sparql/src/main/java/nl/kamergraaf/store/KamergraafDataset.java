package nl.kamergraaf.store;

import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** Opens the live database of a store for reading, with the default graph as the union of the record graphs. */
public final class KamergraafDataset {
    private KamergraafDataset() {}

    public static DatasetGraph openCurrent(StoreDirectory store) {
        Path build = store.current().orElseThrow(() -> new IllegalStateException(
                "The store " + store.root() + " has no data yet: run 'kamergraaf load' (or 'kamergraaf serve', which maps and loads data/)"));
        return open(build);
    }

    public static DatasetGraph open(Path build) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(build));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }
}
