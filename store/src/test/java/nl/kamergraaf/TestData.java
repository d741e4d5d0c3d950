package nl.kamergraaf;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's data/ folder from the module's working directory, so tests use the files the project ships. */
public final class TestData {
    private TestData() {}

    public static Path dataDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path data = dir.resolve("data");
            if (Files.isDirectory(data.resolve("pages"))) return data;
            dir = dir.getParent();
        }
        throw new IllegalStateException("No data/ folder with pages/ above " + Path.of("").toAbsolutePath());
    }

    public static Path seedPage() {
        return dataDir().resolve("pages/2024D50227.txt");
    }
}
