package nl.kamergraaf.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import nl.kamergraaf.BundledStore;
import nl.kamergraaf.mapper.MappingReport;
import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;

/**
 * The whole path the end-to-end tests prove: the bundled data/ mapped and loaded into a TDB2 store as {@code load}
 * does (once per JVM, BundledStore's template, whose mapping report is kept), copied to a store of the class's own in
 * a temp folder, and served with every extension on a free port. Held as
 * {@code @RegisterExtension static final MappedStoreServer served = new MappedStoreServer();}; after the class's last
 * test the server stops, the store is released and its folder removed.
 */
final class MappedStoreServer implements BeforeAllCallback, AfterAllCallback {
    private Path folder;
    private MappingReport report;
    private DatasetGraph dataset;
    private KamergraafServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("kamergraaf-end-to-end-");
        StoreDirectory store = BundledStore.copy(folder);
        report = BundledStore.mappingReport();
        dataset = KamergraafDataset.openCurrent(store);
        server = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(dataset).port(0).build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) server.close();
        if (dataset != null) TDBInternal.expel(dataset);
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** What the mapper reported on data/. */
    MappingReport report() {
        return report;
    }

    /** The loaded store, as the server serves it. */
    DatasetGraph dataset() {
        return dataset;
    }

    KamergraafServer server() {
        return server;
    }
}
