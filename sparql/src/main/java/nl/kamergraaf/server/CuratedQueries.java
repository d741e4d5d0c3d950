package nl.kamergraaf.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The curated queries researchers start from: the {@code .rq} files of {@code sparql/queries/}, packaged under
 * {@value #RESOURCE_FOLDER}. Each starts with {@code #} comment lines that say the question in plain words.
 * Adding a query is adding its file (and its expected answer beside it, for the test).
 */
public final class CuratedQueries {
    public static final String RESOURCE_FOLDER = "/nl/kamergraaf/queries";

    /** One curated query: its file name without {@code .rq}, its question (the leading comment) and its text. */
    public record CuratedQuery(String name, String question, String text) {}

    private CuratedQueries() {}

    /** The curated queries on the classpath, by name. */
    public static List<CuratedQuery> load() {
        URL folder = CuratedQueries.class.getResource(RESOURCE_FOLDER);
        if (folder == null) throw new IllegalStateException("The curated queries are missing from the classpath: " + RESOURCE_FOLDER);
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) return read(Path.of(uri));
            // In the runnable jar the folder is a jar entry: list it through the jar's file system.
            try {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(RESOURCE_FOLDER));
                }
            } catch (FileSystemAlreadyExistsException e) {
                return read(FileSystems.getFileSystem(uri).getPath(RESOURCE_FOLDER));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list the curated queries in " + folder, e);
        }
    }

    /** The curated queries in a folder of {@code .rq} files, by name. */
    public static List<CuratedQuery> read(Path folder) throws IOException {
        List<CuratedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                queries.add(parse(f));
            }
        }
        return queries;
    }

    private static CuratedQuery parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the curated query " + file, e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        List<String> question = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) break;
            question.add(line.substring(1).strip());
        }
        if (question.isEmpty()) {
            throw new IllegalStateException("The curated query " + file + " does not start with a '#' comment saying its question");
        }
        return new CuratedQuery(name, String.join(" ", question), text);
    }
}
