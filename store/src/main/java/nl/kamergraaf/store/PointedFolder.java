package nl.kamergraaf.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder of complete entries and one {@link PointerFile} in it naming the entry in use: the store with its
 * {@code CURRENT} build, the releases with their {@code LATEST}. Its root is absolute and normalised, so that entries
 * resolved from it compare equal to the paths the pointer leads to. Only the folder itself moves its pointer (after
 * an entry is complete), so the pointer is not offered to its callers.
 */
public abstract class PointedFolder {
    private final Path root;
    private final PointerFile pointer;

    /**
     * @param pointerName the pointer file's name in the folder, e.g. "CURRENT"
     * @param what what the pointer is called in messages, e.g. "store pointer"
     */
    protected PointedFolder(Path root, String pointerName, String what) {
        this.root = root.toAbsolutePath().normalize();
        this.pointer = new PointerFile(this.root.resolve(pointerName), what);
    }

    public final Path root() {
        return root;
    }

    protected PointerFile pointer() {
        return pointer;
    }

    /** Deletes an entry (a build, a release, an abandoned partial one) with all it holds; nothing if it is gone. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
