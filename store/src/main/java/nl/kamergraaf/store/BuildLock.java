package nl.kamergraaf.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.ProcessFileLock;

/**
 * Whether a build's TDB2 database is open in some process. TDB2 holds an operating-system lock on
 * {@code tdb.lock} in the database folder for as long as a process has the database open; a load must not delete a
 * build a server is still finishing requests on.
 */
final class BuildLock {
    private static final String LOCK_FILE = "tdb.lock";

    private BuildLock() {}

    static boolean inUse(Path build) {
        Path file = build.resolve(LOCK_FILE);
        if (!Files.isRegularFile(file)) return false;
        ProcessFileLock lock = ProcessFileLock.create(file.toString());
        if (lock.isLockedHere()) return true;
        // Not open in this process: if another holds it, the lock cannot be taken.
        try {
            if (!lock.tryLock()) return true;
            lock.unlock();
            return false;
        } catch (RuntimeException heldElsewhere) {
            return true;
        } finally {
            // Only this check made the lock object: free its file channel.
            ProcessFileLock.release(lock);
        }
    }
}
