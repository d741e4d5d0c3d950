package nl.kamergraaf.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a served {@link SwitchableDataset} on the store's live build: looks at the {@code CURRENT} pointer at a
 * fixed interval and, when a load (in this process or another) has made a new build live, switches to it. Watching
 * the pointer rather than the folder means only complete builds are ever seen: a load moves the pointer last.
 */
public final class BuildFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BuildFollower.class);

    private final StoreDirectory store;
    private final SwitchableDataset live;
    private final Consumer<Path> onSwitch;
    private final ScheduledExecutorService scheduler;

    private BuildFollower(StoreDirectory store, SwitchableDataset live, Consumer<Path> onSwitch) {
        this.store = Objects.requireNonNull(store);
        this.live = Objects.requireNonNull(live);
        this.onSwitch = Objects.requireNonNull(onSwitch);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kamergraaf-build-follower");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param onSwitch told of each new build after the switch (on the follower's thread)
     */
    public static BuildFollower start(StoreDirectory store, SwitchableDataset live, Duration every, Consumer<Path> onSwitch) {
        BuildFollower follower = new BuildFollower(store, live, onSwitch);
        follower.scheduler.scheduleWithFixedDelay(follower::checkQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return follower;
    }

    /** Switches to the live build if it is not the served one; true if it switched. */
    public synchronized boolean check() {
        Optional<Path> pointed = store.current();
        if (pointed.isEmpty() || pointed.get().equals(live.currentBuild())) return false;
        live.switchTo(pointed.get());
        onSwitch.accept(pointed.get());
        return true;
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException | Error e) {
            // A pointer caught mid-change or a build that cannot be opened: keep serving the old one, try again.
            LOG.warn("Could not switch to the new build: {}", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(1, TimeUnit.MINUTES)) LOG.warn("The build follower did not stop within a minute");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
