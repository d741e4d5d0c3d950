package nl.kamergraaf.server.replica;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.LiveStoreServer;
import nl.kamergraaf.server.ServerExtension;
import nl.kamergraaf.store.StoreDirectory;

/**
 * What {@code kamergraaf serve --replica-of URL} runs: a read-only copy of a primary. Without data of its own yet it
 * first loads the primary's latest release ({@link ReleaseBootstrap}); then it serves its store as the primary
 * serves its own ({@link LiveStoreServer}, switching builds between requests), minus releases and sync, while
 * {@link ReplicaFollower} applies the primary's change feed. Its answers carry the lag; it refuses to answer when the
 * lag is larger than allowed ({@link LagFilter}).
 */
public final class ReplicaServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaServer.class);

    /**
     * @param primary     where the primary answers
     * @param base        the base IRI of the data (the primary's)
     * @param maxLag      the largest lag at which the replica still answers
     * @param poll        how often to read the primary's change feed
     * @param switchCheck how often to look for a new build (as {@code serve --switch-check})
     */
    public record Options(URI primary, String base, Duration maxLag, Duration poll, Duration switchCheck) {
        public static final Duration DEFAULT_MAX_LAG = Duration.ofMinutes(5);
        public static final Duration DEFAULT_POLL = Duration.ofSeconds(2);

        public Options {
            Objects.requireNonNull(primary);
            Objects.requireNonNull(base);
            if (maxLag.isNegative() || maxLag.isZero()) throw new IllegalArgumentException("--max-lag must be positive");
            if (poll.isNegative() || poll.isZero()) throw new IllegalArgumentException("--replica-poll must be positive");
        }
    }

    private final LiveStoreServer live;
    private final ReplicaFollower follower;
    private final ReplicaLag lag;

    private ReplicaServer(LiveStoreServer live, ReplicaFollower follower, ReplicaLag lag) {
        this.live = live;
        this.follower = follower;
        this.lag = lag;
    }

    /**
     * Starts the replica. With no build made from a release yet, waits (polling) until the primary has published
     * one and it is loaded; an unreachable primary is waited for too, with a message once.
     */
    public static ReplicaServer start(StoreDirectory store, KamergraafServer.Builder settings, Options options)
            throws IOException, InterruptedException {
        Primary primary = new Primary(options.primary(), options.base(), Duration.ofSeconds(30));
        ReleaseBootstrap bootstrap = new ReleaseBootstrap(primary, store);
        ReplicaState state = existingState(store).orElse(null);
        String lastProblem = "";
        while (state == null) {
            try {
                state = bootstrap.run().orElse(null);
            } catch (ChecksumMismatchException e) {
                throw e;
            } catch (IOException e) {
                if (!e.toString().equals(lastProblem)) LOG.warn("Waiting for the primary {}: {}", primary.root(), e.toString());
                lastProblem = e.toString();
            }
            if (state == null) Thread.sleep(options.poll().toMillis());
        }
        ReplicaLag lag = new ReplicaLag(options.maxLag());
        AtomicReference<ReplicaFollower> follower = new AtomicReference<>();
        List<ServerExtension> extensions = new ArrayList<>();
        // first, so that its filter answers before any other part of the server does
        extensions.add(new ReplicaExtension(lag, primary.root().toString(), options.poll(),
                () -> store.current().map(p -> p.getFileName().toString()).orElse(""),
                () -> Optional.ofNullable(follower.get()).map(ReplicaFollower::lastProblem).orElse("")));
        extensions.addAll(settings.extensions());
        // No releases (the primary publishes them) and no sync: a replica's data only comes from its primary.
        LiveStoreServer live = LiveStoreServer.start(store, settings.storeRoot(store.root()).extensions(extensions),
                new LiveStoreServer.Options(options.switchCheck(), Optional.empty(), 1, Duration.ZERO));
        try {
            ReplicaFollower f = new ReplicaFollower(primary, live.dataset(), bootstrap, lag, state, live::checkForNewBuild);
            follower.set(f);
            f.start(options.poll());
            LOG.info("Replica of {}: serving release {} and the changes after {}", primary.root(), state.release(), state.after());
            return new ReplicaServer(live, f, lag);
        } catch (RuntimeException | Error e) {
            live.close();
            throw e;
        }
    }

    /** The state of the live build, if a replica made it from a release (a store loaded otherwise is not followed). */
    private static Optional<ReplicaState> existingState(StoreDirectory store) throws IOException {
        Optional<java.nio.file.Path> build = store.current();
        if (build.isEmpty()) return Optional.empty();
        Optional<ReplicaState> state = ReplicaState.of(build.get());
        if (state.isEmpty()) LOG.warn("The store {} was not made by a replica: loading the primary's release instead", store.root());
        return state;
    }

    public KamergraafServer server() {
        return live.server();
    }

    public ReplicaLag lag() {
        return lag;
    }

    public ReplicaFollower follower() {
        return follower;
    }

    public void join() {
        live.join();
    }

    @Override
    public void close() {
        follower.close();
        live.close();
    }
}
