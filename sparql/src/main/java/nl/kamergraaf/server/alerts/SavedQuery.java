package nl.kamergraaf.server.alerts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A saved question: {@code <store>/alerts/<name>.rq}, a SPARQL SELECT the operator dropped there; its feed is
 * {@code /alerts/<name>}. Names are lowercase letters, digits, {@code -} and {@code _}; the ready-made feeds' names
 * ({@code dossier}, {@code persoon}, {@code fractie}, {@code ministerie}, {@code zoek}) are taken.
 */
public record SavedQuery(String name, Path file, Query query) {
    private static final Logger LOG = LoggerFactory.getLogger(SavedQuery.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    public static final String FOLDER = "alerts";

    /** The folder of saved queries and of {@code alerts.properties} in a store. */
    public static Path folder(Path storeRoot) {
        return storeRoot.resolve(FOLDER);
    }

    public String feed() {
        return FeedKeys.query(name);
    }

    /** Whether a name can be a saved query's (the form, not whether its file exists). */
    public static boolean isName(String name) {
        return NAME.matcher(name).matches() && !FeedKeys.KINDS.contains(name) && !name.equals("zoek");
    }

    /**
     * The saved query of that name, if its file exists.
     *
     * @throws IllegalArgumentException naming the file and the reason when it is not a valid SELECT query
     */
    public static Optional<SavedQuery> find(Path storeRoot, String name) throws IOException {
        if (!isName(name)) return Optional.empty();
        Path file = folder(storeRoot).resolve(name + ".rq");
        if (!Files.isRegularFile(file)) return Optional.empty();
        return Optional.of(read(name, file));
    }

    /** Every valid saved query of the store; each bad file is logged with its reason and left out. */
    public static List<SavedQuery> all(Path storeRoot) throws IOException {
        Path folder = folder(storeRoot);
        if (!Files.isDirectory(folder)) return List.of();
        List<SavedQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - 3);
                if (!isName(name)) {
                    LOG.error("Saved query {} skipped: its name must be lowercase letters, digits, '-' or '_' and not one of "
                            + "dossier, persoon, fractie, ministerie, zoek", file);
                    continue;
                }
                try {
                    out.add(read(name, file));
                } catch (IllegalArgumentException e) {
                    LOG.error("Saved query skipped: {}", e.getMessage());
                }
            }
        }
        return out;
    }

    static SavedQuery read(String name, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(file + ": not valid SPARQL: " + e.getMessage(), e);
        }
        if (!query.isSelectType()) throw new IllegalArgumentException(file + ": a saved query must be a SELECT query");
        return new SavedQuery(name, file, query);
    }
}
