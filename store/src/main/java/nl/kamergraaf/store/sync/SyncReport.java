package nl.kamergraaf.store.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kamergraaf.mapper.MappingProblem;

/** What one sync run did, per feed, with every record it skipped and the error that stopped it, if any. */
public final class SyncReport {
    /** The counts of one feed. */
    public static final class FeedCounts {
        long pages;
        long changed;
        long deleted;
        long unchanged;

        public long pages() { return pages; }
        public long changed() { return changed; }
        public long deleted() { return deleted; }
        public long unchanged() { return unchanged; }
    }

    private final Map<String, FeedCounts> feeds = new LinkedHashMap<>();
    private final List<MappingProblem> problems = new ArrayList<>();
    private String error;

    FeedCounts feed(String key) {
        return feeds.computeIfAbsent(key, k -> new FeedCounts());
    }

    void skipped(MappingProblem p) {
        problems.add(p);
    }

    void failed(String message) {
        this.error = message;
    }

    public Map<String, FeedCounts> feeds() {
        return Collections.unmodifiableMap(feeds);
    }

    public List<MappingProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public long changed() {
        return feeds.values().stream().mapToLong(c -> c.changed).sum();
    }

    public long deleted() {
        return feeds.values().stream().mapToLong(c -> c.deleted).sum();
    }

    public long unchanged() {
        return feeds.values().stream().mapToLong(c -> c.unchanged).sum();
    }

    public boolean nothingChanged() {
        return changed() == 0 && deleted() == 0;
    }

    /** "3 records changed, 1 deleted" or "nothing changed", with the pages read and records skipped. */
    public String summary() {
        long pages = feeds.values().stream().mapToLong(c -> c.pages).sum();
        String what = nothingChanged() ? "nothing changed"
                : changed() + " record(s) changed, " + deleted() + " deleted";
        return what + " (" + pages + " page(s) read, " + unchanged() + " record(s) already up to date, "
                + problems.size() + " skipped)";
    }
}
