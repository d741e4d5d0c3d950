package nl.kamergraaf.server.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import nl.kamergraaf.mapper.record.ODataMetadata;
import nl.kamergraaf.store.sync.ApiBase;
import nl.kamergraaf.store.sync.ChangeFeed;
import nl.kamergraaf.store.sync.CompactionPolicy;
import nl.kamergraaf.store.sync.ODataDeltaSource;
import nl.kamergraaf.store.sync.PoliteHttpClient;
import nl.kamergraaf.store.sync.RetryPolicy;
import nl.kamergraaf.store.sync.SyncFeedSource;

/** Where and what to sync from; shared by {@code sync} and {@code serve --sync-interval}. */
final class SyncOptions {
    enum Feed { SYNCFEED, ODATA }

    @Option(names = "--api", paramLabel = "URL", description = "Base URL of the Tweede Kamer API (default: ${DEFAULT-VALUE}).")
    String api = ApiBase.DEFAULT;

    @Option(names = "--category", paramLabel = "ENTITY", split = ",",
            description = "Entity categories to sync, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> categories = new ArrayList<>(List.of("Persoon", "Fractie", "Kamerstukdossier", "Zaak", "Document",
            "Activiteit", "Agendapunt", "Besluit", "Stemming", "Vergadering"));

    @Option(names = "--feed", paramLabel = "FEED", description = "syncfeed (Atom SyncFeed, default) or odata (OData with ApiGewijzigdOp).")
    Feed feed = Feed.SYNCFEED;

    @Option(names = "--attempts", paramLabel = "N", description = "Tries per page before giving up (default: ${DEFAULT-VALUE}).")
    int attempts = RetryPolicy.defaults().attempts();

    @Option(names = "--retry-delay", paramLabel = "MILLIS",
            description = "Wait after the first failed try, doubled after each next one (default: ${DEFAULT-VALUE}).")
    long retryDelayMillis = RetryPolicy.defaults().firstDelay().toMillis();

    @Option(names = "--compact-after", paramLabel = "CHANGES",
            description = "Compact the store (copy it afresh, as a load would, and switch to the copy) once sync has changed "
                    + "more than this many records since the last compaction; TDB2 does not reuse the space of replaced "
                    + "data. 0: never (default: ${DEFAULT-VALUE}).")
    long compactAfter = CompactionPolicy.DEFAULT_CHANGES;

    CompactionPolicy compaction() {
        if (compactAfter < 0) throw new IllegalArgumentException("--compact-after cannot be negative");
        return new CompactionPolicy(compactAfter);
    }

    /** Checks the options; throws IllegalArgumentException with a message for the user. */
    ApiBase apiBase() {
        for (String c : categories) {
            if (ODataMetadata.bundled().entityTypeIgnoringCase(c.strip()).isEmpty()) {
                throw new IllegalArgumentException("unknown category '" + c.strip() + "': not an entity type of the Tweede Kamer API "
                        + "(e.g. Zaak, Document, Persoon, Stemming)");
            }
        }
        return ApiBase.of(api);
    }

    /** The feeds of one run, sharing one polite client (one request at a time). */
    List<ChangeFeed> feeds() {
        RetryPolicy defaults = RetryPolicy.defaults();
        PoliteHttpClient http = new PoliteHttpClient(new RetryPolicy(attempts, Duration.ofMillis(retryDelayMillis),
                defaults.maxDelay(), defaults.requestTimeout()));
        ApiBase base = apiBase();
        List<ChangeFeed> feeds = new ArrayList<>();
        for (String c : categories) {
            // the API's own spelling: the SyncFeed and OData want "Zaak", not "zaak"
            String category = ODataMetadata.bundled().entityTypeIgnoringCase(c.strip()).map(ODataMetadata.EntityType::name).orElse(c.strip());
            feeds.add(feed == Feed.ODATA ? new ODataDeltaSource(base, category, http) : new SyncFeedSource(base, category, http));
        }
        return feeds;
    }
}
