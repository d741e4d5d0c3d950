package nl.kamergraaf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file that names the entry of its folder that is in use (the store's {@code CURRENT} build, the releases'
 * {@code LATEST}). It is replaced atomically and only once that entry is complete, so a reader sees the old name or
 * the new, and never a half-made entry.
 */
public final class PointerFile {
    private final Path file;
    private final String what;

    /** @param what what the pointer is called in messages, e.g. "store pointer" */
    public PointerFile(Path file, String what) {
        this.file = file;
        this.what = what;
    }

    public Path file() {
        return file;
    }

    /** The name the pointer holds, or empty when there is no pointer yet. */
    public Optional<String> read() {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + what + " " + file, e);
        }
    }

    /** Points at {@code name}: one atomic replace of the file. */
    public void pointTo(String name) throws IOException {
        AtomicFiles.write(file, (name + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
