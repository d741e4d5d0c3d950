package nl.kamergraaf.server.alerts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.codec.digest.DigestUtils;

import nl.kamergraaf.store.sync.SyncFiles;

/**
 * The result rows of each saved query as last seen, {@code sync/alerts/queries/<name>.rows} (one row key a line), so
 * that a row becomes an entry once, when it first appears, and a deletion entry when it leaves the results. A query
 * with no file yet has not been seen: its first results are the baseline, not news. The file's first line is a
 * fingerprint of the query: an operator who edits the query gets a new baseline, not a feed full of the rows the new
 * query happens to give.
 */
final class SeenRows {
    private final Path dir;

    SeenRows(AlertJournal journal) {
        this.dir = journal.dir().resolve("queries");
    }

    Optional<Set<String>> get(SavedQuery query) throws IOException {
        Path file = file(query.name());
        if (!Files.exists(file)) return Optional.empty();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(fingerprint(query))) return Optional.empty();
        Set<String> rows = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) if (!line.isEmpty()) rows.add(line);
        return Optional.of(rows);
    }

    /** Whether the query (as it is now) has a baseline; reads only the file's first line. */
    boolean has(SavedQuery query) throws IOException {
        Path file = file(query.name());
        if (!Files.exists(file)) return false;
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fingerprint(query).equals(r.readLine());
        }
    }

    void save(SavedQuery query, Set<String> rows) throws IOException {
        StringBuilder sb = new StringBuilder(fingerprint(query)).append('\n');
        for (String row : rows) sb.append(row).append('\n');
        SyncFiles.writeAtomically(file(query.name()), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String fingerprint(SavedQuery query) {
        return "#query " + DigestUtils.sha256Hex(query.query().serialize()).substring(0, 32);
    }

    private Path file(String query) {
        return dir.resolve(query + ".rows");
    }
}
