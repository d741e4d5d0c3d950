package nl.kamergraaf.mapper.source.syncfeed;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingProblem;

/**
 * One page of the Tweede Kamer SyncFeed: its entries in feed order, the entries that could not be read (reported,
 * skipped), and the feed's {@code link rel="next"}, absent when the feed has nothing more.
 */
public record SyncFeedPage(List<Entry> entries, List<MappingProblem> problems, Optional<String> next) {
    /** One changed or deleted entity, as an OData record, with the entry's own next link (the position after it). */
    public record Entry(String entityType, String id, ObjectNode record, Optional<String> next) {
        public boolean deleted() {
            return record.path("Verwijderd").asBoolean(false);
        }
    }

    /** The position after this page: the feed's next link, or the last entry's. */
    public Optional<String> position() {
        if (next.isPresent()) return next;
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).next().isPresent()) return entries.get(i).next();
        }
        return Optional.empty();
    }
}
