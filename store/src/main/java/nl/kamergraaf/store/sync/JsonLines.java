package nl.kamergraaf.store.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Logs kept as segment files of JSON lines, one entry a line, each segment named by the sequence number of its first
 * entry so that names sort in log order: the change log ({@link ChangeLog}) and the server's alerts journal.
 */
public final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {}

    /** The name of the segment whose first entry has number {@code firstSeq}. */
    public static String segmentName(long firstSeq, String suffix) {
        return String.format("%012d", firstSeq) + suffix;
    }

    /** The files in {@code folder} whose names end with {@code suffix}, in log order; none when there is no folder. */
    public static List<Path> segments(Path folder, String suffix, String what) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the " + what + " " + folder, e);
        }
    }

    /** The entries as JSON lines, ready to be written as one segment. */
    public static <T> byte[] lines(List<T> entries, Function<T, ObjectNode> json) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (T e : entries) sb.append(JSON.writeValueAsString(json.apply(e))).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A new JSON object for {@link #lines}. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * The entries of one segment; blank lines are passed over. A line that is not an entry makes the whole segment
     * unreadable: an IOException that names the segment as damaged.
     */
    public static <T> List<T> read(Path segment, Function<JsonNode, T> entry, String what) throws IOException {
        List<T> entries = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(segment, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                entries.add(entry.apply(JSON.readTree(line)));
            }
        } catch (RuntimeException e) {
            throw new IOException("The " + what + " " + segment + " is damaged: " + e.getMessage(), e);
        }
        return entries;
    }
}
