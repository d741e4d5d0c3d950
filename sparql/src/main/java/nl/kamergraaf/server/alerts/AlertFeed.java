package nl.kamergraaf.server.alerts;

import java.time.Instant;
import java.util.List;

/**
 * A feed as it is written, whatever the format: its identity and title, its own URL and the page it is about, when it
 * last changed, and its items newest first, each with the absolute URL of its thing's page.
 */
public record AlertFeed(String id, String title, String self, String alternate, Instant updated, List<Item> items) {
    public record Item(String id, String link, AlertEntry entry) {
        /** The title a reader sees: a deletion says so. */
        public String title() {
            return entry.kind() == AlertEntry.Kind.DELETED ? "Verwijderd: " + entry.title() : entry.title();
        }

        public String category() {
            return entry.kind() == AlertEntry.Kind.DELETED ? "deleted" : "new";
        }
    }

    public AlertFeed {
        items = List.copyOf(items);
    }
}
