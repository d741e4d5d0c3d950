package nl.kamergraaf.store.sync;

import java.time.Duration;

/**
 * How hard the client tries: at most {@code attempts} tries of one request, waiting {@code firstDelay} after the first
 * failure and twice as long after each next one, never more than {@code maxDelay}. Bounded on purpose: an API that
 * stays down should give a clear error, not a sync that hangs.
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay, Duration requestTimeout) {
    public RetryPolicy {
        if (attempts < 1) throw new IllegalArgumentException("At least one attempt is needed");
        if (firstDelay.isNegative() || maxDelay.isNegative()) throw new IllegalArgumentException("Delays must not be negative");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) throw new IllegalArgumentException("The request timeout must be positive");
    }

    /** 5 attempts, waiting 2 s, 4 s, 8 s, 16 s in between; 60 s per request. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    /** The wait after the given failed attempt (1-based). */
    public Duration delayAfter(int failedAttempt) {
        long ms = firstDelay.toMillis();
        for (int i = 1; i < failedAttempt && ms < maxDelay.toMillis(); i++) ms *= 2;
        return Duration.ofMillis(Math.min(ms, maxDelay.toMillis()));
    }
}
