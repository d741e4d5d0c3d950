package nl.kamergraaf.store.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.mapper.spi.RecordGraphMapper;
import nl.kamergraaf.store.SwitchableDataset;

/**
 * Sync inside the serving process ({@code kamergraaf serve --sync-interval}): the server's process is the one that
 * holds the TDB2 database, so sync runs there, on one background thread, every interval (measured from the end of
 * the last run, so runs never overlap). Queries keep being answered meanwhile: each page is one write transaction,
 * and readers see the data as it was before or after it, never half of it.
 */
public final class PeriodicSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicSync.class);

    private final ScheduledExecutorService scheduler;
    /** The sync run in progress (or the last one), to ask it to stop. */
    private volatile StoreSync sync;
    private volatile SyncReport last;

    private PeriodicSync(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * @param feeds made anew for each run (a feed's pages are read once)
     */
    public static PeriodicSync start(DatasetGraph dataset, Path build, RecordGraphMapper mapper, Supplier<List<ChangeFeed>> feeds,
            Duration interval, List<SyncHook> hooks) {
        StoreSync sync = new StoreSync(dataset, build, mapper, hooks, new StoreSync.CommitObserver() { });
        return schedule(periodic -> {
            periodic.sync = sync;
            return sync.run(feeds.get());
        }, interval, report -> { });
    }

    /**
     * Sync into a server's switchable dataset: each run holds the live build open and writes to it (its own
     * position and change log), so a build switched in during a run is synced from its own position next time.
     *
     * @param mapperFor the record mapper for a build's dataset (it looks numbers up in the build it syncs)
     * @param hooks     what runs after each committed batch (the full-text index, the alerts journal)
     * @param afterRun  told of each finished run (on the sync thread), e.g. to publish a release when data changed
     */
    public static PeriodicSync start(SwitchableDataset live, Function<DatasetGraph, RecordGraphMapper> mapperFor,
            Supplier<List<ChangeFeed>> feeds, Duration interval, List<SyncHook> hooks, Consumer<SyncReport> afterRun) {
        return schedule(periodic -> {
            try (SwitchableDataset.Pinned build = live.pin()) {
                StoreSync sync = new StoreSync(build.dataset(), build.build(), mapperFor.apply(build.dataset()), hooks,
                        new StoreSync.CommitObserver() { });
                periodic.sync = sync;
                return sync.run(feeds.get());
            }
        }, interval, afterRun);
    }

    /** One sync run. */
    private interface Run {
        SyncReport run(PeriodicSync periodic) throws Exception;
    }

    private static PeriodicSync schedule(Run run, Duration interval, Consumer<SyncReport> afterRun) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kamergraaf-sync");
            t.setDaemon(true);
            return t;
        });
        PeriodicSync periodic = new PeriodicSync(scheduler);
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                SyncReport report = run.run(periodic);
                periodic.last = report;
                afterRun.accept(report);
                report.problems().forEach(p -> LOG.warn("Sync skipped: {}", p));
                if (report.error().isPresent()) {
                    LOG.error("Sync stopped: {}; {}; the next run resumes", report.error().get(), report.summary());
                } else {
                    LOG.info("Sync: {}", report.summary());
                }
            } catch (Exception | Error e) {
                // A failed run must not end the schedule: the next one tries again.
                LOG.error("Sync failed: {}", e.toString());
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return periodic;
    }

    /** The report of the last finished run, or null before the first one ends. */
    public SyncReport lastReport() {
        return last;
    }

    /**
     * Stops after the page in progress. The sync thread is not interrupted: an interrupt would close the database's
     * file channels under a write transaction.
     */
    @Override
    public void close() {
        StoreSync running = sync;
        if (running != null) running.requestStop();
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.MINUTES)) LOG.warn("The sync thread did not stop within 5 minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
