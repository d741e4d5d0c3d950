package nl.kamergraaf.server.alerts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;

import nl.kamergraaf.store.sync.SyncFiles;

/**
 * What a record graph sync is deleting was about (its thing, title and the feeds it touched), noted inside the write
 * transaction just before the tombstone replaces it and read after the commit, when the deletion entry is written;
 * one small file per record graph, {@code sync/alerts/deleted/<hash>.txt}, removed once used. A note left by a batch
 * that was rolled back is overwritten when the deletion is applied again.
 */
final class RecordMemory {
    record Remembered(String iri, String title, List<String> feeds) {}

    private final Path dir;

    RecordMemory(AlertJournal journal) {
        this.dir = journal.dir().resolve("deleted");
    }

    void remember(String graph, Remembered r) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(oneLine(r.iri())).append('\n').append(oneLine(r.title())).append('\n');
        for (String f : r.feeds()) sb.append(f).append('\n');
        SyncFiles.writeAtomically(file(graph), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    Optional<Remembered> recall(String graph) throws IOException {
        Path file = file(graph);
        if (!Files.exists(file)) return Optional.empty();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2) return Optional.empty();
        return Optional.of(new Remembered(lines.get(0), lines.get(1), new ArrayList<>(lines.subList(2, lines.size()))));
    }

    void forget(String graph) throws IOException {
        Files.deleteIfExists(file(graph));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }

    private Path file(String graph) {
        String hex = DigestUtils.sha256Hex(graph).substring(0, 32);
        return dir.resolve(hex.substring(0, 2)).resolve(hex + ".txt");
    }
}
