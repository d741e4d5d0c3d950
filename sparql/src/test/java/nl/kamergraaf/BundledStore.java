package nl.kamergraaf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.MappingReport;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/**
 * The bundled data/ mapped and loaded into a real TDB2 store (with its full-text index) in a folder of the test's.
 */
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
                deleteTree(dir);
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

    /** The bundled data's store, as a copy of its own in the folder, opened with its full-text index. */
    public static BundledStore load(Path folder) throws IOException {
        return new BundledStore(copy(folder));
    }

    private static Path template;
    private static MappingReport templateReport;

    /**
     * A store of the bundled data of the caller's own, in the folder: a file copy of a template store that is mapped
     * and loaded once per JVM and never opened. A copy is what a load of the same data would write (the mapping is
     * deterministic), at the cost of copying some megabytes instead of mapping and loading for seconds. The template
     * is written by the path a {@code load} of data/ takes (KamergraafMapper into StoreLoader), so the end-to-end
     * classes (MappedStoreServer) copy it too and check what the mapper reported on it ({@link #mappingReport()}).
     */
    public static synchronized StoreDirectory copy(Path folder) throws IOException {
        Path from = template();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                // TDB2 takes its process lock afresh in the copy; the template's lock file says nothing about the copy.
                if (file.getFileName().toString().equals("tdb.lock")) continue;
                Path to = folder.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(to);
                else Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return new StoreDirectory(folder);
    }

    /** What the mapper reported when it mapped data/ into the template store of this JVM. */
    public static synchronized MappingReport mappingReport() throws IOException {
        template();
        return templateReport;
    }

    private static Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("kamergraaf-template-");
            MappingReport[] report = new MappingReport[1];
            new StoreLoader(new StoreDirectory(dir)).load(out ->
                    report[0] = KamergraafMapper.create().base(BASE).source(ProjectFiles.dataDir()).build().map(out));
            if (report[0].hasProblems()) throw new IllegalStateException("The bundled data did not map cleanly: " + report[0].problems());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            template = dir;
            templateReport = report[0];
        }
        return template;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
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
