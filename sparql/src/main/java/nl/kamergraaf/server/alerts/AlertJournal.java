package nl.kamergraaf.server.alerts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.store.sync.SyncFiles;

/**
 * The alerts journal of a build, kept beside its sync position in {@code build/sync/alerts/} (so compaction copies it
 * and a hot switch to a compacted copy keeps it). Each batch sync commits is written once to the whole journal,
 * {@code journal/<first seq>.jsonl}, and once per feed it touches, {@code feeds/<feed key>/<first seq>.jsonl}; each
 * file is written atomically. A feed reads its own folder from the newest file back until it has the entries it
 * shows, so serving a feed costs what it returns, whatever the size of the store or of other feeds.
 */
public final class AlertJournal {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEGMENT = ".jsonl";
    /** One writer per journal folder in this process (sync thread and a feed's first-request baseline). */
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path dir;

    public AlertJournal(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The journal kept with a build folder. */
    public static AlertJournal of(Path build) {
        return new AlertJournal(build.resolve("sync").resolve("alerts"));
    }

    public Path dir() {
        return dir;
    }

    Object lock() {
        return LOCKS.computeIfAbsent(dir, d -> new Object());
    }

    /**
     * Numbers the entries after the journal's last one and writes them: the whole batch to the journal, and to each
     * feed its own entries. Returns the numbered entries.
     */
    public List<AlertEntry> append(List<AlertEntry> entries) throws IOException {
        if (entries.isEmpty()) return List.of();
        synchronized (lock()) {
            long seq = lastSeq();
            List<AlertEntry> numbered = new ArrayList<>();
            for (AlertEntry e : entries) numbered.add(e.numbered(++seq));
            String name = String.format("%012d", numbered.get(0).seq()) + SEGMENT;
            Map<String, List<AlertEntry>> perFeed = new LinkedHashMap<>();
            for (AlertEntry e : numbered) {
                for (String feed : e.feeds()) perFeed.computeIfAbsent(feed, k -> new ArrayList<>()).add(e);
            }
            // Feeds first, the journal last: the journal's last number is what the next batch counts from, so a crash
            // in between leaves feed files whose numbers the next batch uses again (entry ids carry the time too).
            for (Map.Entry<String, List<AlertEntry>> f : perFeed.entrySet()) {
                SyncFiles.writeAtomically(feedDir(f.getKey()).resolve(name), lines(f.getValue()));
            }
            SyncFiles.writeAtomically(dir.resolve("journal").resolve(name), lines(numbered));
            return numbered;
        }
    }

    /** The number of the last entry in the journal, 0 when empty; reads only the newest segment. */
    public long lastSeq() throws IOException {
        List<Path> segments = segments(dir.resolve("journal"));
        if (segments.isEmpty()) return 0;
        List<AlertEntry> last = read(segments.get(segments.size() - 1));
        return last.isEmpty() ? firstSeq(segments.get(segments.size() - 1)) - 1 : last.get(last.size() - 1).seq();
    }

    /**
     * A cheap fingerprint of a feed's state for ETags: the first number of its newest segment (a feed changes only
     * by a new segment), or empty when the feed has no entries.
     */
    public Optional<Long> newestSegment(String feed) {
        List<Path> segments = segments(feedDir(feed));
        return segments.isEmpty() ? Optional.empty() : Optional.of(firstSeq(segments.get(segments.size() - 1)));
    }

    /** Like {@link #newestSegment(String)} for the whole journal. */
    public Optional<Long> newestSegment() {
        List<Path> segments = segments(dir.resolve("journal"));
        return segments.isEmpty() ? Optional.empty() : Optional.of(firstSeq(segments.get(segments.size() - 1)));
    }

    /** When the feed last got entries (its newest segment was written), for Last-Modified. */
    public Optional<Instant> lastWritten(String feed) throws IOException {
        return lastWritten(segments(feedDir(feed)));
    }

    /** When the whole journal last got entries. */
    public Optional<Instant> lastWritten() throws IOException {
        return lastWritten(segments(dir.resolve("journal")));
    }

    private static Optional<Instant> lastWritten(List<Path> segments) throws IOException {
        if (segments.isEmpty()) return Optional.empty();
        return Optional.of(Files.getLastModifiedTime(segments.get(segments.size() - 1)).toInstant());
    }

    /** The feed's {@code limit} newest entries, newest first. */
    public List<AlertEntry> latest(String feed, int limit) throws IOException {
        return newestFirst(feedDir(feed), limit);
    }

    /** The whole journal's {@code limit} newest entries, newest first. */
    public List<AlertEntry> tail(int limit) throws IOException {
        return newestFirst(dir.resolve("journal"), limit);
    }

    private List<AlertEntry> newestFirst(Path folder, int limit) throws IOException {
        List<Path> segments = segments(folder);
        List<AlertEntry> out = new ArrayList<>();
        for (int i = segments.size() - 1; i >= 0 && out.size() < limit; i--) {
            List<AlertEntry> entries = read(segments.get(i));
            for (int j = entries.size() - 1; j >= 0 && out.size() < limit; j--) out.add(entries.get(j));
        }
        return out;
    }

    /**
     * Drops the segments last written before {@code before}, in the whole journal and in the given feeds (those a
     * batch just wrote: a feed nobody writes to keeps its last entries, which is what a subscriber wants to see).
     */
    public int prune(Instant before, Iterable<String> feeds) throws IOException {
        synchronized (lock()) {
            int removed = pruneFolder(dir.resolve("journal"), before);
            for (String feed : feeds) removed += pruneFolder(feedDir(feed), before);
            return removed;
        }
    }

    private static int pruneFolder(Path folder, Instant before) throws IOException {
        int removed = 0;
        List<Path> segments = segments(folder);
        // The newest segment stays: it carries the last number the journal counts on from.
        for (int i = 0; i < segments.size() - 1; i++) {
            if (Files.getLastModifiedTime(segments.get(i)).toInstant().isBefore(before)) {
                Files.deleteIfExists(segments.get(i));
                removed++;
            }
        }
        return removed;
    }

    Path feedDir(String feed) {
        return dir.resolve("feeds").resolve(URLEncoder.encode(feed, StandardCharsets.UTF_8));
    }

    /** The feed keys that have a folder (for tests and operators). */
    public List<String> feeds() {
        Path feeds = dir.resolve("feeds");
        if (!Files.isDirectory(feeds)) return List.of();
        try (Stream<Path> s = Files.list(feeds)) {
            return s.map(p -> URLDecoder.decode(p.getFileName().toString(), StandardCharsets.UTF_8)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + feeds, e);
        }
    }

    private static List<Path> segments(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SEGMENT)).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the alerts journal " + folder, e);
        }
    }

    private static long firstSeq(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring(0, name.indexOf('.')));
    }

    private static byte[] lines(List<AlertEntry> entries) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (AlertEntry e : entries) {
            ObjectNode o = JSON.createObjectNode();
            o.put("seq", e.seq()).put("time", e.time().toString()).put("kind", e.kind().name().toLowerCase())
             .put("iri", e.iri()).put("title", e.title()).put("summary", e.summary());
            ArrayNode feeds = o.putArray("feeds");
            e.feeds().forEach(feeds::add);
            if (e.start() != null) o.put("start", e.start());
            if (e.end() != null) o.put("end", e.end());
            if (e.location() != null) o.put("location", e.location());
            sb.append(JSON.writeValueAsString(o)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<AlertEntry> read(Path segment) throws IOException {
        List<AlertEntry> entries = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(segment, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode o = JSON.readTree(line);
                List<String> feeds = new ArrayList<>();
                o.path("feeds").forEach(f -> feeds.add(f.asText()));
                entries.add(new AlertEntry(o.path("seq").asLong(), Instant.parse(o.path("time").asText()),
                        AlertEntry.Kind.valueOf(o.path("kind").asText().toUpperCase()), o.path("iri").asText(),
                        o.path("title").asText(), o.path("summary").asText(), feeds, text(o, "start"), text(o, "end"),
                        text(o, "location")));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of(); // pruned while being read: the feed shows what is left
        } catch (RuntimeException e) {
            throw new IOException("The alerts journal segment " + segment + " is damaged: " + e.getMessage(), e);
        }
        return entries;
    }

    private static String text(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }
}
