package nl.kamergraaf.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store-wide lock held while the live build pointer is checked and moved. A load and a compaction may finish at
 * the same time, in one process or in two; the lock makes "is this still the live build? then replace it" one step.
 * The operating system releases the file lock if the process dies.
 */
final class PublishLock implements AutoCloseable {
    private static final String FILE = "publish.lock";
    /** A file lock is held per JVM, not per thread: threads of one process queue here first. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private PublishLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static PublishLock take(Path storeRoot) throws IOException {
        IN_PROCESS.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(storeRoot.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new PublishLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) channel.close();
            IN_PROCESS.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
