package nl.kamergraaf.server.release;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

import nl.kamergraaf.TestData;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.MappingReport;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/** The bundled data/ mapped and loaded into a real TDB2 store in a temporary folder, as the tests' starting point. */
final class MappedStore {
    static final String BASE = "http://localhost:3030";

    private MappedStore() {}

    static DatasetGraph create(Path storeDir) throws Exception {
        StoreDirectory store = new StoreDirectory(storeDir);
        MappingReport[] report = new MappingReport[1];
        new StoreLoader(store).load(out ->
                report[0] = KamergraafMapper.create().base(BASE).source(TestData.dataDir()).build().map(out));
        if (report[0].hasProblems()) throw new IllegalStateException("The bundled data did not map cleanly: " + report[0].problems());
        return KamergraafDataset.openCurrent(store);
    }

    /** The store's default graph (the union of the record graphs), copied into memory. */
    static Graph unionGraph(DatasetGraph dsg) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getUnionGraph().find().forEachRemaining(copy::add));
        return copy;
    }
}
