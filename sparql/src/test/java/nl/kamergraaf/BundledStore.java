package nl.kamergraaf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.server.KamergraafServer;
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
        this.dataset = KamergraafDataset.openCurrentWithTextIndex(store);
    }

    private static BundledStore shared;
    private static KamergraafServer sharedServer;

    /**
     * One store for all test classes that only read it: mapping and loading costs seconds, and the test JVM is
     * shared by the classes. Closed and deleted when the JVM ends.
     */
    public static synchronized BundledStore shared() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("kamergraaf-bundled-");
            BundledStore store = load(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // The server that reads the store first, then the store itself.
                synchronized (BundledStore.class) {
                    if (sharedServer != null) sharedServer.close();
                }
                store.close();
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temp folder left behind is harmless
                }
            }));
            shared = store;
        }
        return shared;
    }

    /**
     * One server on a free loopback port over the shared store, for test classes that only send it requests; stopped
     * when the JVM ends, before the store is closed.
     */
    public static synchronized KamergraafServer sharedServer() throws IOException {
        if (sharedServer == null) sharedServer = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(shared().dataset()).port(0).build().start();
        return sharedServer;
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
