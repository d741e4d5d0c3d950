package nl.kamergraaf.server.replica;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.store.SwitchableDataset;

/**
 * Keeps a replica's live build what the primary serves, polling at a fixed interval on one thread: it reads where
 * the primary's change log stands, applies the feed's changes after the last one applied ({@link GraphReplacer}),
 * saves the position in the build, and, when all the primary listed is applied, tells {@link ReplicaLag}. When the
 * primary's log has a new lineage (the primary loaded a new build), the replica loads that build's release as a new
 * build of its own and switches to it between requests, as the primary did.
 */
public final class ReplicaFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaFollower.class);

    private final Primary primary;
    private final SwitchableDataset live;
    private final ReleaseBootstrap bootstrap;
    private final GraphReplacer replacer;
    private final ReplicaLag lag;
    private final Runnable switchToNewBuild;
    private final ScheduledExecutorService scheduler;
    private volatile ReplicaState state;
    private volatile String lastProblem = "";

    ReplicaFollower(Primary primary, SwitchableDataset live, ReleaseBootstrap bootstrap, ReplicaLag lag, ReplicaState state,
            Runnable switchToNewBuild) {
        this.primary = primary;
        this.live = live;
        this.bootstrap = bootstrap;
        this.replacer = new GraphReplacer(primary, live);
        this.lag = lag;
        this.state = state;
        this.switchToNewBuild = switchToNewBuild;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kamergraaf-replica");
            t.setDaemon(true);
            return t;
        });
    }

    void start(Duration every) {
        scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The state of the served build. */
    public ReplicaState state() {
        return state;
    }

    /** Why the last poll failed, or "" when it did not. */
    public String lastProblem() {
        return lastProblem;
    }

    private void pollQuietly() {
        try {
            poll();
            lastProblem = "";
        } catch (IOException | RuntimeException e) {
            // The primary is down or restarting, or answered something unusable: serve what we have, the lag grows.
            if (!e.toString().equals(lastProblem)) LOG.warn("Could not follow the primary {}: {}", primary.root(), e.toString());
            lastProblem = e.toString();
        }
    }

    /** One round: catch up with the primary as it stands when the round starts. */
    synchronized void poll() throws IOException {
        Instant started = lag.now();
        PrimaryPosition head = primary.position(Optional.empty());
        if (!head.lineage().equals(state.lineage())) {
            LOG.info("The primary serves a new build (change log {} instead of {}): loading its release", head.lineage(), state.lineage());
            Optional<ReplicaState> loaded = bootstrap.run();
            if (loaded.isEmpty() || !loaded.get().lineage().equals(head.lineage())) return;
            state = loaded.get();
            switchToNewBuild.run();
        }
        while (true) {
            ChangeBatch batch = primary.changesAfter(state.after());
            List<Change> changes = batch.changes();
            if (!changes.isEmpty()) {
                replacer.apply(changes);
                state = state.withAfter(changes.get(changes.size() - 1).seq());
                state.save(live.currentBuild());
            }
            if (!batch.more() || changes.isEmpty()) break;
        }
        if (state.after() >= head.committed()) lag.caughtUp(started, state.release(), state.after());
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(1, TimeUnit.MINUTES)) LOG.warn("The replica's follower did not stop within a minute");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
