package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.function.BooleanSupplier;

/** Helpers for tests of a live server: a free port known before start, and bounded waits for background work. */
public final class LiveServerFixture {
    private LiveServerFixture() {}

    /**
     * A free loopback port, for a server whose published URLs must name its own address (port 0 would be known
     * only after start, too late for the release's download URLs).
     */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * Waits until the condition holds, checking at most {@code attempts} times, {@code pauseMillis} apart; fails
     * with the message if it never does. Bounded, so a test cannot hang; not a timing assertion.
     */
    public static void awaitCondition(String what, int attempts, long pauseMillis, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < attempts; i++) {
            if (condition.getAsBoolean()) return;
            Thread.sleep(pauseMillis);
        }
        fail("Gave up waiting: " + what);
    }
}
