package nl.kamergraaf.server.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.kamergraaf.store.PointedFolder;

/**
 * The folder that holds the releases, one sub-folder per release id, and a {@code LATEST} pointer file naming the
 * newest; like the store's {@code CURRENT}, it is replaced atomically once a release is complete, so a server never
 * offers a half-written release.
 *
 * <pre>
 * dumps/
 *   LATEST                       the id of the newest complete release
 *   20241217-3fa4c1d2e5b6/       a release: data files, ontologie.ttl, catalog.ttl, void.ttl, SHA256SUMS
 *   .partial-…/                  a release being written
 * </pre>
 */
public final class ReleaseDirectory extends PointedFolder {
    public static final String LATEST = "LATEST";
    public static final String SUMS = "SHA256SUMS";
    public static final String CATALOG = "catalog.ttl";
    public static final String VOID = "void.ttl";
    /** Release ids and file names the server will serve: no separators, no "..". */
    static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public ReleaseDirectory(Path root) {
        super(root, LATEST, "release pointer");
    }

    /** The newest complete release, if any. */
    public Optional<String> latest() {
        return pointer().read().flatMap(id -> release(id).map(p -> id));
    }

    /** The folder of a complete release, if the id names one. */
    public Optional<Path> release(String id) {
        if (id == null || !SAFE_NAME.matcher(id).matches() || id.startsWith(".")) return Optional.empty();
        Path dir = root().resolve(id);
        return Files.isRegularFile(dir.resolve(SUMS)) ? Optional.of(dir) : Optional.empty();
    }

    /** The files a release lists in its SHA256SUMS, with their sizes on disk. */
    public List<ReleaseFile> files(String id) throws IOException {
        Path dir = release(id).orElseThrow(() -> new IOException("No release " + id + " in " + root()));
        List<ReleaseFile> files = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(SUMS), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] parts = line.split(" [ *]", 2);
            if (parts.length != 2) throw new IOException("Not a SHA256SUMS line in " + dir.resolve(SUMS) + ": '" + line + "'");
            files.add(new ReleaseFile(parts[1], Files.size(dir.resolve(parts[1])), parts[0]));
        }
        return files;
    }

    /**
     * Removes all but the {@code keep} newest complete releases (by when they were written); the one LATEST names
     * is always kept. A download in progress of a removed file still completes: the open file outlives its name.
     */
    public List<String> prune(int keep) throws IOException {
        if (keep < 1) throw new IllegalArgumentException("At least one release must be kept");
        if (!Files.isDirectory(root())) return List.of();
        Optional<String> latest = latest();
        List<Path> releases;
        try (Stream<Path> s = Files.list(root())) {
            releases = s.filter(p -> release(p.getFileName().toString()).isPresent()).toList();
        }
        List<Path> newestFirst = new ArrayList<>(releases);
        newestFirst.sort(Comparator.comparing(ReleaseDirectory::writtenAt).reversed()
                .thenComparing(p -> p.getFileName().toString()));
        List<String> removed = new ArrayList<>();
        int kept = latest.isPresent() ? 1 : 0;
        for (Path p : newestFirst) {
            String id = p.getFileName().toString();
            if (latest.isPresent() && latest.get().equals(id)) continue;
            if (kept < keep) {
                kept++;
                continue;
            }
            deleteTree(p);
            removed.add(id);
        }
        return removed;
    }

    private static java.nio.file.attribute.FileTime writtenAt(Path release) {
        try {
            return Files.getLastModifiedTime(release.resolve(SUMS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path newPartial() throws IOException {
        Files.createDirectories(root());
        try (Stream<Path> s = Files.list(root())) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".partial-")).toList()) deleteTree(p);
        }
        return Files.createTempDirectory(root(), ".partial-");
    }

    /** Moves a finished release into place under its id and points LATEST at it. */
    Path publish(Path partial, String id) throws IOException {
        Path target = root().resolve(id);
        readableByAll(partial);
        if (Files.exists(target)) {
            // The id is a hash of the content: a release with this id already holds these very files.
            deleteTree(partial);
        } else {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        }
        pointer().pointTo(id);
        return target;
    }

    /** A temporary folder is private to its owner; a release is public, also to a web server in front of us. */
    private static void readableByAll(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the folder keeps the platform's default rights.
        }
    }
}
