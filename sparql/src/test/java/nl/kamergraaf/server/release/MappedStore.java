package nl.kamergraaf.server.release;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

import nl.kamergraaf.BundledStore;
import nl.kamergraaf.store.KamergraafDataset;

/** The bundled data/ mapped and loaded into a real TDB2 store in a temporary folder, as the tests' starting point. */
final class MappedStore {
    static final String BASE = BundledStore.BASE;

    private MappedStore() {}

    /** A store of the test's own in the folder, opened; a copy of the one mapped store of this JVM (BundledStore#copy). */
    static DatasetGraph create(Path storeDir) throws Exception {
        return KamergraafDataset.openCurrent(BundledStore.copy(storeDir));
    }

    /** The store's default graph (the union of the record graphs), copied into memory. */
    static Graph unionGraph(DatasetGraph dsg) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getUnionGraph().find().forEachRemaining(copy::add));
        return copy;
    }
}
