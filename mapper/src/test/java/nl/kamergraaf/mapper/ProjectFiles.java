package nl.kamergraaf.mapper;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's data/ folder from a module's working directory, so tests read the files the project ships. */
public final class ProjectFiles {
    private ProjectFiles() {}

    public static Path dataDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path data = dir.resolve("data");
            if (Files.isDirectory(data.resolve("pages"))) return data;
            dir = dir.getParent();
        }
        throw new IllegalStateException("No data/ folder with pages/ above " + Path.of("").toAbsolutePath());
    }

    /** A folder of the Tweede Kamer open data in data/tk-opendata, e.g. {@code persoon}. */
    public static Path tkOpenData(String folder) {
        return dataDir().resolve("tk-opendata").resolve(folder);
    }

    public static Path seedPage() {
        return dataDir().resolve("pages/2024D50227.txt");
    }
}
