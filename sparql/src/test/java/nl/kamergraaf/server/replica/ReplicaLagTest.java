package nl.kamergraaf.server.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The lag a replica reports and refuses by: unknown until the first catch-up, then the time since the last one. */
class ReplicaLagTest {
    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void aReplicaThatHasNeverCaughtUpHasNoLagAndDoesNotServe() {
        ReplicaLag lag = new ReplicaLag(Duration.ofSeconds(30), Clock.fixed(T0, ZoneOffset.UTC));
        assertEquals(Optional.empty(), lag.lag());
        assertFalse(lag.fresh());
        assertEquals("unknown", LagFilter.seconds(lag.lag()));
    }

    @Test
    void theLagGrowsFromTheLastCatchUpAndServingStopsPastTheMaximum() {
        ReplicaLag within = new ReplicaLag(Duration.ofSeconds(30), Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC));
        within.caughtUp(T0, "20251003-abc", 34);
        assertEquals(Optional.of(Duration.ofSeconds(30)), within.lag());
        assertTrue(within.fresh(), "exactly the largest lag allowed still serves");
        assertEquals(34, within.applied());

        ReplicaLag beyond = new ReplicaLag(Duration.ofSeconds(30), Clock.fixed(T0.plusMillis(30_001), ZoneOffset.UTC));
        beyond.caughtUp(T0, "20251003-abc", 34);
        assertFalse(beyond.fresh());
        assertEquals("30.0", LagFilter.seconds(beyond.lag()));
    }
}
