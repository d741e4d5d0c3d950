package nl.kamergraaf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts a build by copying it: TDB2 never gives back the space of data a sync replaced, so a synced build grows
 * until its live data is written afresh. The copy is a new build, made as a load makes one (bulk loader, then the
 * full-text index built from the copied data, so the index holds exactly the words of the data) and made live as a
 * load makes it live, so a server switches to it between requests ({@link SwitchableDataset}) and removes the old one
 * when its last request ends. Nothing is compacted in place: a query never waits for a compaction.
 *
 * <p>The build's own state beside its database (the sync position, the change log, anything else a feature keeps in
 * the build folder) is copied along, so sync and the change feed go on from where they were. The caller makes sure
 * nothing writes to the build during the copy (the server compacts on its sync thread, between two runs); if a load
 * makes another build live meanwhile, the copy is dropped, never published over the newer data.
 */
public final class BuildCompactor {
    private static final Logger LOG = LoggerFactory.getLogger(BuildCompactor.class);
    /** What TDB2 and the full-text index keep in a build folder: made afresh in the copy, not copied. */
    private static final Set<String> REMADE = Set.of("tdb.lock", "tdb.cfg", FullTextIndex.FOLDER);
    /** Marks a build made by compaction, with the name of the build it was copied from. */
    static final String COMPACTED_FROM = "compacted-from";

    /** What a compaction did. */
    public record Compaction(Path from, Path to, long quads, long bytesBefore, long bytesAfter, Duration took) {
        public String summary() {
            return String.format("%,d quads copied from %s to %s in %d s; database %,d → %,d bytes", quads, from.getFileName(),
                    to.getFileName(), took.toSeconds(), bytesBefore, bytesAfter);
        }
    }

    /** A last step on the copy before it goes live, such as noting where its own bookkeeping starts. */
    @FunctionalInterface
    public interface CopyStep {
        void finish(Path copy) throws IOException;
    }

    private final StoreDirectory store;

    public BuildCompactor(StoreDirectory store) {
        this.store = Objects.requireNonNull(store);
    }

    /**
     * Copies the live build {@code build}, read through {@code dataset} (its open database), into a new build and
     * makes that live.
     *
     * @return the compaction, or empty if another build went live during the copy (the copy is then removed)
     */
    public Optional<Compaction> compact(Path build, DatasetGraph dataset) throws IOException {
        return compact(build, dataset, copy -> { });
    }

    /** As {@link #compact(Path, DatasetGraph)}, with {@code lastStep} run on the copy before it goes live. */
    public Optional<Compaction> compact(Path build, DatasetGraph dataset, CopyStep lastStep) throws IOException {
        long started = System.nanoTime();
        long before = databaseBytes(build);
        Path partial = store.newPartialBuild();
        long quads = new StoreLoader(store).fill(partial, out ->
                // One read transaction: the copy is one consistent state of the build, however long it takes.
                Txn.executeRead(dataset, () -> {
                    Iterator<Quad> it = dataset.find();
                    while (it.hasNext()) out.quad(it.next());
                }));
        try {
            copyBuildState(build, partial);
            Files.writeString(partial.resolve(COMPACTED_FROM), build.getFileName() + "\n");
            lastStep.finish(partial);
        } catch (IOException | RuntimeException e) {
            store.discard(partial);
            throw e;
        }
        Optional<Path> published = store.publishReplacing(partial, build);
        if (published.isEmpty()) {
            LOG.warn("Compaction of {} dropped: another build went live while it was copied", build.getFileName());
            store.discard(partial);
            return Optional.empty();
        }
        Compaction done = new Compaction(build, published.get(), quads, before, databaseBytes(published.get()),
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Compacted: {}", done.summary());
        return Optional.of(done);
    }

    /** Whether a build was made by compacting another (its data is the same as the build it replaced). */
    public static boolean isCompaction(Path build) {
        return Files.isRegularFile(build.resolve(COMPACTED_FROM));
    }

    /** The bytes of a build's TDB2 database (its {@code Data-NNNN} folders), the part that grows with each sync. */
    public static long databaseBytes(Path build) {
        try (Stream<Path> files = Files.walk(build)) {
            return files.filter(p -> build.relativize(p).getName(0).toString().startsWith("Data-"))
                        .filter(Files::isRegularFile).mapToLong(BuildCompactor::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure the build " + build, e);
        }
    }

    private static void copyBuildState(Path from, Path to) throws IOException {
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith("Data-") || REMADE.contains(name) || name.equals(COMPACTED_FROM)) continue;
                copyTree(entry, to.resolve(name));
            }
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
