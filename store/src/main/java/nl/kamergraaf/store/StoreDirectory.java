package nl.kamergraaf.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder that holds Kamergraaf's TDB2 databases. Each load builds a new database in {@code builds/} and, only
 * when it is complete, makes it current by atomically replacing the {@code CURRENT} pointer file. A load that
 * crashes or is killed leaves the pointer, and so the served store, as it was.
 *
 * <pre>
 * store/
 *   CURRENT                        the name of the live build
 *   builds/20261128T091500Z-1a2b/  a complete TDB2 database
 *   builds/…-partial/              a build in progress (or abandoned by a crash; removed by the next load)
 * </pre>
 */
public final class StoreDirectory extends PointedFolder {
    private static final Logger LOG = LoggerFactory.getLogger(StoreDirectory.class);
    private static final String POINTER = "CURRENT";
    private static final String PARTIAL = "-partial";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public StoreDirectory(Path root) {
        super(root, POINTER, "store pointer");
    }

    /** The live database, if a load has ever completed here. */
    public Optional<Path> current() {
        return pointer().read().map(name -> {
            Path build = root().resolve("builds").resolve(name);
            if (name.isEmpty() || !Files.isDirectory(build)) {
                throw new IllegalStateException("The store pointer " + pointer().file() + " names '" + name + "', which is not a database folder");
            }
            return build;
        });
    }

    /** Whether a process (this one or another, such as a running server) has the build's database open. */
    public boolean isOpen(Path build) {
        return BuildLock.inUse(build);
    }

    /** A fresh, empty folder for a new build; it is not live until {@link #publish(Path)}. */
    Path newPartialBuild() throws IOException {
        Path builds = Files.createDirectories(root().resolve("builds"));
        removeAbandonedPartials();
        String id = STAMP.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
        return Files.createDirectory(builds.resolve(id + PARTIAL));
    }

    /** Makes a finished build the live one; the switch is one atomic rename of the pointer file. */
    Path publish(Path partial) throws IOException {
        try (PublishLock lock = PublishLock.take(root())) {
            return movePointer(partial);
        }
    }

    /**
     * Makes a finished build the live one only if {@code expectedLive} still is: a copy of a build (a compaction)
     * must not replace data that a load made live while the copy was being made.
     *
     * @return the published build, or empty if another build went live meanwhile (the partial build is left as is)
     */
    Optional<Path> publishReplacing(Path partial, Path expectedLive) throws IOException {
        try (PublishLock lock = PublishLock.take(root())) {
            if (!current().map(expectedLive::equals).orElse(false)) return Optional.empty();
            return Optional.of(movePointer(partial));
        }
    }

    private Path movePointer(Path partial) throws IOException {
        String name = partial.getFileName().toString();
        if (!name.endsWith(PARTIAL)) throw new IllegalArgumentException("Not a partial build: " + partial);
        Path finished = partial.resolveSibling(name.substring(0, name.length() - PARTIAL.length()));
        Files.move(partial, finished, StandardCopyOption.ATOMIC_MOVE);
        pointer().pointTo(finished.getFileName().toString());
        LOG.info("Store {} now serves build {}", root(), finished.getFileName());
        return finished;
    }

    /**
     * Deletes finished builds other than the live one and the {@code keep} newest before it. A build a process
     * still has open (a server finishing its last requests on it) is left alone: that server removes it itself
     * once no request uses it, or the next load does.
     */
    void removeOldBuilds(int keep) throws IOException {
        Path builds = root().resolve("builds");
        if (!Files.isDirectory(builds)) return;
        Optional<Path> live = current();
        List<Path> finished;
        try (Stream<Path> s = Files.list(builds)) {
            finished = s.filter(p -> !p.getFileName().toString().endsWith(PARTIAL))
                        .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        int kept = 0;
        for (Path p : finished) {
            if (live.isPresent() && live.get().equals(p)) continue;
            if (kept++ < keep) continue;
            if (BuildLock.inUse(p)) {
                LOG.info("Keeping the old build {}: a process still has it open", p.getFileName());
                continue;
            }
            deleteTree(p);
        }
    }

    /**
     * Removes a build a server has stopped serving and closed. The live build is never removed, nor one another
     * process has open (a second server, or a dump, reading it).
     */
    public void removeRetiredBuild(Path build) {
        Path builds = root().resolve("builds");
        if (!build.toAbsolutePath().normalize().getParent().equals(builds)) {
            throw new IllegalArgumentException("Not a build of " + root() + ": " + build);
        }
        if (current().map(build::equals).orElse(false) || BuildLock.inUse(build)) return;
        try {
            deleteTree(build);
            LOG.info("Removed the old build {}", build.getFileName());
        } catch (IOException e) {
            LOG.warn("Could not remove the old build {}: {}; the next load tries again", build.getFileName(), e.getMessage());
        }
    }

    void discard(Path partial) {
        try {
            deleteTree(partial);
        } catch (IOException e) {
            LOG.warn("Could not remove the abandoned build {}: {}", partial, e.getMessage());
        }
    }

    private void removeAbandonedPartials() throws IOException {
        try (Stream<Path> s = Files.list(root().resolve("builds"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(PARTIAL)).toList()) {
                // A partial build a process has open is being made (a compaction in a server while a load runs).
                if (BuildLock.inUse(p)) continue;
                LOG.info("Removing the unfinished build {} left by an earlier load", p.getFileName());
                deleteTree(p);
            }
        }
    }
}
