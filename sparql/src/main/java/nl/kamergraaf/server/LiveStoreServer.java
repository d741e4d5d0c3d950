package nl.kamergraaf.server;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.server.release.DistributionExtension;
import nl.kamergraaf.server.release.Publication;
import nl.kamergraaf.server.release.ReleaseDirectory;
import nl.kamergraaf.server.release.ReleasePublisher;
import nl.kamergraaf.server.release.ReleaseRequests;
import nl.kamergraaf.mapper.spi.RecordGraphMapper;
import nl.kamergraaf.store.BuildCompactor;
import nl.kamergraaf.store.BuildFollower;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.SwitchableDataset;
import nl.kamergraaf.store.sync.ChangeFeed;
import nl.kamergraaf.store.sync.CompactionPolicy;
import nl.kamergraaf.store.sync.PeriodicSync;
import nl.kamergraaf.store.sync.SyncHook;

/**
 * What {@code kamergraaf serve} runs: the server on the store's live build, switching to each new build a load
 * makes live ({@link BuildFollower}, {@link SwitchableDataset}), and, unless turned off, publishing releases to
 * {@code <store>/dumps} on start and after each switch ({@link ReleasePublisher}).
 */
public final class LiveStoreServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveStoreServer.class);

    /**
     * @param switchCheck     how often to look for a new live build
     * @param publication     where releases say they are published; empty: no releases are written
     * @param keepReleases    how many releases to keep
     * @param releaseInterval the least time between two releases made because a sync changed the data
     * @param compaction      when a build that sync changed is compacted (copied afresh and switched to)
     */
    public record Options(Duration switchCheck, Optional<Publication> publication, int keepReleases, Duration releaseInterval,
            CompactionPolicy compaction) {
        public static final Duration DEFAULT_SWITCH_CHECK = Duration.ofSeconds(5);
        public static final int DEFAULT_KEEP_RELEASES = 3;
        public static final Duration DEFAULT_RELEASE_INTERVAL = Duration.ofHours(24);

        /** With the default compaction policy. */
        public Options(Duration switchCheck, Optional<Publication> publication, int keepReleases, Duration releaseInterval) {
            this(switchCheck, publication, keepReleases, releaseInterval, new CompactionPolicy(CompactionPolicy.DEFAULT_CHANGES));
        }

        public Options {
            Objects.requireNonNull(publication);
            Objects.requireNonNull(compaction);
            if (switchCheck.isNegative() || switchCheck.isZero()) throw new IllegalArgumentException("The switch check interval must be positive");
            if (keepReleases < 1) throw new IllegalArgumentException("At least one release must be kept");
            if (releaseInterval.isNegative()) throw new IllegalArgumentException("The release interval cannot be negative");
        }
    }

    private final SwitchableDataset dataset;
    private final KamergraafServer server;
    private final BuildFollower follower;
    private final ReleasePublisher publisher;
    private final AutoCloseable releaseRequests;
    private final CompactionPolicy compaction;
    private final BuildCompactor compactor;

    private LiveStoreServer(StoreDirectory store, SwitchableDataset dataset, KamergraafServer server, BuildFollower follower,
            ReleasePublisher publisher, AutoCloseable releaseRequests, CompactionPolicy compaction) {
        this.compaction = compaction;
        this.compactor = new BuildCompactor(store);
        this.dataset = dataset;
        this.server = server;
        this.follower = follower;
        this.publisher = publisher;
        this.releaseRequests = releaseRequests;
    }

    /**
     * Starts serving the store's live build.
     *
     * @param settings the server's settings (port, timeout, base …); its dataset and store folder are set here
     */
    public static LiveStoreServer start(StoreDirectory store, KamergraafServer.Builder settings, Options options) {
        SwitchableDataset dataset = SwitchableDataset.openCurrent(store);
        KamergraafServer server = null;
        try {
            server = settings.dataset(dataset).storeRoot(store.root()).build().start();
            ReleasePublisher publisher = options.publication()
                    .map(p -> new ReleasePublisher(dataset, p, new ReleaseDirectory(DistributionExtension.defaultFolder(store.root())),
                            options.keepReleases(), options.releaseInterval()))
                    .orElse(null);
            BuildFollower follower = BuildFollower.start(store, dataset, options.switchCheck(), build -> {
                // A compacted copy holds the data of the build it replaced: its release is the one already made.
                if (publisher != null && !BuildCompactor.isCompaction(build)) publisher.publishNow("new build " + build.getFileName());
            });
            AutoCloseable requests = null;
            if (publisher != null) {
                publisher.publishNow("server start");
                // 'kamergraaf dump' cannot open the database this process holds: it asks for a release instead.
                requests = ReleaseRequests.serve(store, publisher, options.switchCheck());
            }
            return new LiveStoreServer(store, dataset, server, follower, publisher, requests, options.compaction());
        } catch (RuntimeException | Error e) {
            if (server != null) server.close();
            dataset.close();
            throw e;
        }
    }

    public KamergraafServer server() {
        return server;
    }

    /** The served dataset; a sync in this process writes through it. */
    public SwitchableDataset dataset() {
        return dataset;
    }

    /** The release publisher, unless releases are off. */
    public Optional<ReleasePublisher> releases() {
        return Optional.ofNullable(publisher);
    }

    /** Tells the server its data changed in place (a sync wrote to the live build): a release follows in time. */
    public void dataChanged(String reason) {
        if (publisher != null) publisher.publishWithinInterval(reason);
    }

    /**
     * Syncs the live build in this process every interval (TDB2 allows one process per database, and this one
     * holds it); a run that changed the data is followed by a release, at most once per release interval.
     *
     * @param mapperFor the record mapper for a build's dataset
     * @param feeds     made anew for each run
     * @param hooks     what runs after each committed batch
     */
    public PeriodicSync startSync(Function<DatasetGraph, RecordGraphMapper> mapperFor, Supplier<List<ChangeFeed>> feeds, Duration interval,
            List<SyncHook> hooks) {
        return PeriodicSync.start(dataset, mapperFor, feeds, interval, hooks, report -> {
            if (!report.nothingChanged()) dataChanged("sync: " + report.summary());
            compactIfDue();
        });
    }

    /**
     * Compacts the live build if sync has changed it enough, and switches to the copy. Runs on the sync thread
     * between two runs, so nothing writes to the build while it is copied; requests go on being answered by it.
     */
    private void compactIfDue() {
        if (!compaction.enabled()) return;
        Optional<BuildCompactor.Compaction> done;
        try (SwitchableDataset.Pinned build = dataset.pin()) {
            done = compaction.compactIfDue(compactor, build.build(), build.dataset());
        } catch (IOException | RuntimeException e) {
            // The build stays as it is, only bigger; the next run tries again.
            LOG.error("Could not compact the store: {}", e.toString());
            return;
        }
        if (done.isPresent()) follower.check();
    }

    /** Looks for a new live build now rather than at the next check; true if it switched. */
    public boolean checkForNewBuild() {
        return follower.check();
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        follower.close();
        if (releaseRequests != null) {
            try {
                releaseRequests.close();
            } catch (Exception e) {
                LOG.warn("Could not stop answering release requests: {}", e.toString());
            }
        }
        if (publisher != null) publisher.close();
        server.close();
        dataset.close();
        LOG.info("Stopped serving {}", dataset.currentBuild());
    }
}
