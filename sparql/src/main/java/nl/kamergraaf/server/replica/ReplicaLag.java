package nl.kamergraaf.server.replica;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far behind the primary a replica is: the time since the last moment it is known to have held everything the
 * primary's change feed listed (the start of the last poll that found nothing left to apply). Unknown until the first
 * such poll; it grows while the primary cannot be reached, since then nobody knows what the replica misses.
 */
public final class ReplicaLag {
    private final Duration max;
    private final Clock clock;
    private volatile Instant caughtUpAt;
    private volatile long applied = -1;
    private volatile String release = "";

    public ReplicaLag(Duration max) {
        this(max, Clock.systemUTC());
    }

    ReplicaLag(Duration max, Clock clock) {
        if (max.isNegative() || max.isZero()) throw new IllegalArgumentException("The largest lag must be positive");
        this.max = max;
        this.clock = clock;
    }

    /** Everything the primary listed when {@code pollStarted} was applied; {@code after} is the last change applied. */
    void caughtUp(Instant pollStarted, String releaseId, long after) {
        this.caughtUpAt = pollStarted;
        this.release = releaseId;
        this.applied = after;
    }

    Instant now() {
        return clock.instant();
    }

    /** The lag, or empty while the replica has not yet been caught up once. */
    public Optional<Duration> lag() {
        Instant at = caughtUpAt;
        if (at == null) return Optional.empty();
        Duration d = Duration.between(at, clock.instant());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /** Whether the replica may answer: caught up once, and not longer ago than the largest lag allowed. */
    public boolean fresh() {
        return lag().map(d -> d.compareTo(max) <= 0).orElse(false);
    }

    public Duration max() {
        return max;
    }

    public long applied() {
        return applied;
    }

    public String release() {
        return release;
    }
}
