package nl.kamergraaf;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;

import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/** The bundled data/ mapped and loaded into a real TDB2 store (with its full-text index) in a folder of the test's. */
public final class BundledStore implements AutoCloseable {
    public static final String BASE = "http://localhost:3030";

    private final StoreDirectory store;
    private final DatasetGraph dataset;

    private BundledStore(StoreDirectory store) {
        this.store = store;
        this.dataset = KamergraafDataset.openCurrent(store);
    }

    public static BundledStore load(Path folder) throws IOException {
        StoreDirectory store = new StoreDirectory(folder);
        new StoreLoader(store).load(out -> KamergraafMapper.create().base(BASE).source(TestData.dataDir()).build().map(out));
        return new BundledStore(store);
    }

    public StoreDirectory store() {
        return store;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void close() {
        KamergraafDataset.close(dataset);
    }
}
