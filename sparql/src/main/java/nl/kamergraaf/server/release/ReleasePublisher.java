package nl.kamergraaf.server.release;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.server.replica.ReleasePositions;
import nl.kamergraaf.store.SwitchableDataset;

/**
 * Publishes releases from the running server, so the catalog and the dumps follow the data without anyone running
 * {@code kamergraaf dump}: on start, after each new build is switched in, and after a sync that changed the data
 * (then at most once per interval, as a release reads the whole store). Each release is written from one build,
 * held open for the whole write, with the same {@link ReleaseWriter} as {@code kamergraaf dump}, so the same data
 * gives the same files, byte for byte. Only the newest releases are kept.
 *
 * <p>Releases are written one at a time on one background thread; requests that come while one is waiting are
 * folded into it.
 */
public final class ReleasePublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReleasePublisher.class);

    private final SwitchableDataset live;
    private final Publication publication;
    private final ReleaseDirectory releases;
    private final int keep;
    private final Duration minInterval;
    private final ScheduledThreadPoolExecutor worker;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean deferred = new AtomicBoolean();
    private volatile Instant lastWritten = Instant.EPOCH;
    private volatile ReleaseWriter.Release last;

    public ReleasePublisher(SwitchableDataset live, Publication publication, ReleaseDirectory releases, int keep, Duration minInterval) {
        if (keep < 1) throw new IllegalArgumentException("At least one release must be kept");
        if (minInterval.isNegative()) throw new IllegalArgumentException("The release interval cannot be negative");
        this.live = Objects.requireNonNull(live);
        this.publication = Objects.requireNonNull(publication);
        this.releases = Objects.requireNonNull(releases);
        this.keep = keep;
        this.minInterval = minInterval;
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "kamergraaf-release");
            t.setDaemon(true);
            return t;
        });
        // On close, releases not yet begun are dropped; the one being written finishes.
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        worker.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    /** A release of the live build as soon as the one being written (if any) is done: on start, after a switch. */
    public void publishNow(String reason) {
        if (!queued.compareAndSet(false, true)) return;
        worker.execute(() -> {
            queued.set(false);
            write(reason);
        });
    }

    /** A release after the data changed in place (sync): now, or when the interval since the last one has passed. */
    public void publishWithinInterval(String reason) {
        if (!deferred.compareAndSet(false, true)) return;
        Duration wait = Duration.between(Instant.now(), lastWritten.plus(minInterval));
        long delay = Math.max(0, wait.toMillis());
        if (delay > 0) LOG.info("Data changed ({}): the next release is written in {} s", reason, delay / 1000);
        worker.schedule(() -> {
            deferred.set(false);
            write(reason);
        }, delay, TimeUnit.MILLISECONDS);
    }

    /**
     * A release written for one caller, who is told the outcome (the release, or empty if it failed); not folded
     * into other requests, as the caller waits for its own.
     */
    public void publishNow(String reason, Consumer<Optional<ReleaseWriter.Release>> whenDone) {
        worker.execute(() -> whenDone.accept(write(reason)));
    }

    /** The release written last by this publisher, if any. */
    public Optional<ReleaseWriter.Release> lastRelease() {
        return Optional.ofNullable(last);
    }

    private Optional<ReleaseWriter.Release> write(String reason) {
        try (SwitchableDataset.Pinned build = live.pin()) {
            LOG.info("Writing a release of build {} ({})", build.build().getFileName(), reason);
            // Read before the release's snapshot: every change up to it is in the release, so replicas start after it.
            long changesBefore = ReleasePositions.changesCommitted(build.build());
            ReleaseWriter.Release release = new ReleaseWriter(build.dataset(), publication).write(releases);
            ReleasePositions.record(build.build(), release.id(), changesBefore);
            last = release;
            lastWritten = Instant.now();
            LOG.info("Release {} published in {} ({} quads)", release.id(), release.folder(), release.quads());
            for (String id : releases.prune(keep)) LOG.info("Removed the old release {} (keeping the newest {})", id, keep);
            return Optional.of(release);
        } catch (Exception | OutOfMemoryError e) {
            // The previous release stays published; the next trigger tries again.
            LOG.error("Could not write a release ({}): {}", reason, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Lets a release being written finish: its thread is not interrupted, as an interrupt closes the TDB2
     * database's file channels under it.
     */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.MINUTES)) LOG.warn("The release being written did not finish within 10 minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
