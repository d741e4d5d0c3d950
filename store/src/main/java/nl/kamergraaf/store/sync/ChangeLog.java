package nl.kamergraaf.store.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The log of what sync changed in the graph, for the change feed: one segment file per committed batch,
 * {@code changes/<first seq, 12 digits>.jsonl}, one JSON object per line. A batch's segment is written as
 * {@code .jsonl.pending} before the database commit and renamed after it; a crash in between leaves the pending
 * segment, which {@link StoreSync} settles on the next run by checking the database (committed: keep; not: drop).
 * So the log never lists a change the graph does not hold, nor misses one it does.
 */
public final class ChangeLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SEGMENT = ".jsonl";
    static final String PENDING = ".jsonl.pending";

    private final Path dir;

    public ChangeLog(Path dir) {
        this.dir = dir;
    }

    /** The change log kept with a database (a build folder of the store). */
    public static ChangeLog of(Path build) {
        return new ChangeLog(build.resolve("sync").resolve("changes"));
    }

    public Path dir() {
        return dir;
    }

    /** The committed segments, oldest first. */
    List<Path> segments() {
        return list(SEGMENT);
    }

    List<Path> pending() {
        return list(PENDING);
    }

    private List<Path> list(String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the change log " + dir, e);
        }
    }

    /** The highest sequence number in the log, 0 when empty. */
    public long lastSeq() throws IOException {
        long last = 0;
        for (Path p : segments()) {
            List<ChangeEntry> entries = read(p);
            if (!entries.isEmpty()) last = Math.max(last, entries.get(entries.size() - 1).seq());
        }
        for (Path p : pending()) {
            List<ChangeEntry> entries = read(p);
            if (!entries.isEmpty()) last = Math.max(last, entries.get(entries.size() - 1).seq());
        }
        return last;
    }

    /**
     * The highest sequence number of the committed segments, 0 when none: every change up to it is in the database,
     * whereas a pending segment's may not be (a replica starts after it, {@code nl.kamergraaf.server.replica}).
     */
    public long lastCommittedSeq() throws IOException {
        List<Path> segments = segments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            List<ChangeEntry> entries = read(segments.get(i));
            if (!entries.isEmpty()) return entries.get(entries.size() - 1).seq();
        }
        return 0;
    }

    /** All entries, oldest first. */
    public List<ChangeEntry> entries() throws IOException {
        List<ChangeEntry> all = new ArrayList<>();
        for (Path p : segments()) all.addAll(read(p));
        return all;
    }

    /**
     * At most {@code limit} entries with a sequence number above {@code after}, oldest first. Segments are named by
     * their first number, so whole segments before {@code after} are passed over without being read.
     */
    public List<ChangeEntry> entriesAfter(long after, int limit) throws IOException {
        List<Path> segments = segments();
        List<ChangeEntry> out = new ArrayList<>();
        for (int i = 0; i < segments.size() && out.size() < limit; i++) {
            if (i + 1 < segments.size() && firstSeq(segments.get(i + 1)) <= after + 1) continue;
            for (ChangeEntry e : read(segments.get(i))) {
                if (e.seq() > after && out.size() < limit) out.add(e);
            }
        }
        return out;
    }

    private static long firstSeq(Path segment) {
        String name = segment.getFileName().toString();
        try {
            return Long.parseLong(name.substring(0, name.indexOf('.')));
        } catch (RuntimeException e) {
            return 0; // not named by number: read it
        }
    }

    Path writePending(List<ChangeEntry> entries) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ChangeEntry e : entries) {
            ObjectNode o = JSON.createObjectNode();
            o.put("seq", e.seq()).put("time", e.time().toString()).put("kind", e.kind().name().toLowerCase())
             .put("iri", e.iri()).put("graph", e.graph()).put("hash", e.hash());
            sb.append(JSON.writeValueAsString(o)).append('\n');
        }
        Path target = dir.resolve(String.format("%012d", entries.get(0).seq()) + PENDING);
        SyncFiles.writeAtomically(target, sb.toString().getBytes(StandardCharsets.UTF_8));
        return target;
    }

    void commitPending(Path pending) throws IOException {
        String name = pending.getFileName().toString();
        Path segment = pending.resolveSibling(name.substring(0, name.length() - PENDING.length()) + SEGMENT);
        Files.move(pending, segment, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    void dropPending(Path pending) throws IOException {
        Files.deleteIfExists(pending);
    }

    static List<ChangeEntry> read(Path segment) throws IOException {
        List<ChangeEntry> entries = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(segment, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode o = JSON.readTree(line);
                entries.add(new ChangeEntry(o.path("seq").asLong(), Instant.parse(o.path("time").asText()),
                        ChangeEntry.Kind.valueOf(o.path("kind").asText().toUpperCase()), o.path("iri").asText(),
                        o.path("graph").asText(), o.path("hash").asText()));
            }
        } catch (RuntimeException e) {
            throw new IOException("The change log segment " + segment + " is damaged: " + e.getMessage(), e);
        }
        return entries;
    }
}
