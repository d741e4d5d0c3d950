package nl.kamergraaf.store;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The background threads of the store and the server (following builds, syncing, writing releases, sending
 * webhooks): daemon threads with a name, stopped without an interrupt, as an interrupt closes a TDB2 database's file
 * channels under the thread that is using them.
 */
public final class BackgroundThreads {
    private BackgroundThreads() {}

    /** Threads with this name that do not keep the JVM alive: background work ends with the process. */
    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Lets the task that runs finish, for at most {@code grace}, and starts no other; the thread is not interrupted.
     *
     * @return false if it still runs after {@code grace}, or the waiting thread was interrupted (its flag is set again)
     */
    public static boolean stop(ExecutorService executor, Duration grace) {
        executor.shutdown();
        try {
            return executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
