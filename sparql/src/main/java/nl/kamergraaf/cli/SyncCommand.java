package nl.kamergraaf.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.sync.RecordGraphMapper;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;
import nl.kamergraaf.sync.ApiBase;
import nl.kamergraaf.sync.ChangeFeed;
import nl.kamergraaf.sync.ODataDeltaSource;
import nl.kamergraaf.sync.PoliteHttpClient;
import nl.kamergraaf.sync.RecordGraphMappers;
import nl.kamergraaf.sync.RetryPolicy;
import nl.kamergraaf.sync.StoreSync;
import nl.kamergraaf.sync.SyncFeedSource;
import nl.kamergraaf.sync.SyncReport;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {
            "Bring the store up to date with the Tweede Kamer API: fetch what changed since the last sync, page by",
            "page, and apply it to the live database. A changed record replaces its graph; a deleted record leaves",
            "a tombstone (410 Gone on its IRI). Each feed resumes from the position saved with the database, which",
            "is saved only after the changes it covers are committed: an interrupted sync loses and repeats nothing.",
            "",
            "The database may be open in one process only: stop 'kamergraaf serve' on the same store first.",
            "",
            "Exit codes: 0 synced, 1 synced but some records were skipped, 2 wrong usage,",
            "3 failed (the source stayed down or the store is in use; what was applied before stays, resumable)."},
        footer = {"", "Examples:", "  kamergraaf sync --category Zaak,Document",
                  "  kamergraaf sync --feed odata --category Persoon --api https://gegevensmagazijn.tweedekamer.nl"})
final class SyncCommand implements Callable<Integer> {
    /** Which record mapper sync uses; tests put a stand-in here until the OData mapping is merged. */
    static Function<UriMinter, RecordGraphMapper> recordMappers = RecordGraphMappers::forBase;

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

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    MapOptions mapOptions;

    @Override
    public Integer call() {
        RecordGraphMapper mapper;
        ApiBase apiBase;
        try {
            apiBase = ApiBase.of(api);
            mapper = recordMappers.apply(new UriMinter(mapOptions.base));
        } catch (RuntimeException e) {
            System.err.println("kamergraaf sync: cannot start: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        StoreDirectory store = storeOptions.directory();
        DatasetGraph dsg = null;
        try {
            if (store.current().isEmpty()) {
                System.err.println("kamergraaf sync: no store at " + store.root() + " yet; starting an empty one");
                new StoreLoader(store).load(out -> { });
            }
            Path build = store.current().orElseThrow();
            try {
                dsg = KamergraafDataset.open(build);
            } catch (RuntimeException e) {
                System.err.println("kamergraaf sync: cannot open the store " + build + " (is 'kamergraaf serve' running on it? "
                        + "stop it first): " + e.getMessage());
                return ExitCodes.FAILED;
            }
            RetryPolicy defaults = RetryPolicy.defaults();
            PoliteHttpClient http = new PoliteHttpClient(new RetryPolicy(attempts, Duration.ofMillis(retryDelayMillis),
                    defaults.maxDelay(), defaults.requestTimeout()));
            List<ChangeFeed> feeds = new ArrayList<>();
            for (String c : categories) {
                feeds.add(feed == Feed.ODATA ? new ODataDeltaSource(apiBase, c.strip(), http) : new SyncFeedSource(apiBase, c.strip(), http));
            }
            SyncReport report = new StoreSync(dsg, build, mapper).run(feeds);
            for (MappingProblem p : report.problems()) System.err.println("skipped: " + p);
            if (report.error().isPresent()) {
                System.err.println("kamergraaf sync: stopped: " + report.error().get());
                System.err.println("kamergraaf sync: " + report.summary() + "; what was applied stays, and the next sync resumes from there");
                return ExitCodes.FAILED;
            }
            System.err.println("kamergraaf sync: " + report.summary());
            return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.RECORDS_SKIPPED;
        } catch (Exception e) {
            System.err.println("kamergraaf sync: failed: " + e.getMessage());
            return ExitCodes.FAILED;
        } finally {
            if (dsg != null) TDBInternal.expel(dsg);
        }
    }
}
