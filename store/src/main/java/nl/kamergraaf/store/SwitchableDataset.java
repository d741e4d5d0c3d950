package nl.kamergraaf.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The served dataset of a store whose live build may change while it is served (a hot switch). Every transaction
 * is pinned to the build that was live when it began: a query that is running when {@link #switchTo} is called
 * finishes on the old build, the next one begins on the new build. A build that is no longer live is closed, and its
 * folder removed, when its last transaction (or {@link #pin()}) ends, on a background thread.
 *
 * <p>Work that spans several transactions and must see one build throughout (a release, a sync run) takes a
 * {@link #pin()} and works on {@link Pinned#dataset()}, the build's own dataset.
 *
 * <p>Settings made on the served dataset's context (the query timeout, SERVICE off) carry over to each new build.
 * The build's full-text index is put in its context, so {@code text:query} always searches the index of the build
 * the query runs on.
 */
public final class SwitchableDataset extends DatasetGraphWrapper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SwitchableDataset.class);

    private final StoreDirectory store;
    private final Function<Path, DatasetGraph> opener;
    private final AtomicReference<OpenBuild> current;
    /** The build each thread's transaction runs on, from begin to end. */
    private final ThreadLocal<OpenBuild> inTransaction = new ThreadLocal<>();
    /** Closing a TDB2 database and deleting its folder takes time no request should wait for. */
    private final ExecutorService cleaner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kamergraaf-build-cleaner");
        t.setDaemon(true);
        return t;
    });

    private SwitchableDataset(StoreDirectory store, Function<Path, DatasetGraph> opener, OpenBuild first) {
        super(first.dataset);
        this.store = store;
        this.opener = opener;
        this.current = new AtomicReference<>(first);
    }

    /** Serves the live build of the store, with its full-text index. */
    public static SwitchableDataset openCurrent(StoreDirectory store) {
        return open(store, KamergraafDataset::openWithTextIndex);
    }

    static SwitchableDataset open(StoreDirectory store, Function<Path, DatasetGraph> opener) {
        Path build = store.current().orElseThrow(() -> new IllegalStateException(
                "The store " + store.root() + " has no data yet: run 'kamergraaf load'"));
        return new SwitchableDataset(store, opener, new OpenBuild(build, withTextIndexInContext(opener.apply(build))));
    }

    /** The folder of the build new transactions begin on. */
    public Path currentBuild() {
        return current.get().folder;
    }

    /**
     * Makes {@code build} the one new transactions begin on. Transactions already running stay on the old build,
     * which is closed and removed once the last of them has ended.
     */
    public synchronized void switchTo(Path build) {
        OpenBuild old = current.get();
        if (old.folder.equals(build)) return;
        DatasetGraph dsg = withTextIndexInContext(opener.apply(build));
        carrySettings(old.dataset.getContext(), dsg.getContext());
        current.set(new OpenBuild(build, dsg));
        LOG.info("Serving build {}; build {} is closed when its last request ends", build.getFileName(), old.folder.getFileName());
        retire(old);
    }

    /** Holds the live build open until closed: for work of several transactions on one build. */
    public Pinned pin() {
        OpenBuild b = acquire();
        return new Pinned(this, b);
    }

    /** A build held open; its dataset is the build's own (with its full-text index), not the switchable one. */
    public static final class Pinned implements AutoCloseable {
        private final SwitchableDataset owner;
        private final OpenBuild build;
        private boolean closed;

        private Pinned(SwitchableDataset owner, OpenBuild build) {
            this.owner = owner;
            this.build = build;
        }

        public Path build() {
            return build.folder;
        }

        public DatasetGraph dataset() {
            return build.dataset;
        }

        @Override
        public synchronized void close() {
            if (closed) return;
            closed = true;
            owner.release(build);
        }
    }

    @Override
    protected DatasetGraph get() {
        OpenBuild b = inTransaction.get();
        return (b != null ? b : current.get()).dataset;
    }

    @Override
    public Context getContext() {
        return get().getContext();
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin(TxnType type) {
        if (inTransaction.get() != null) {
            // Let the build's own dataset report the nested transaction as it would.
            inTransaction.get().dataset.begin(type);
            return;
        }
        OpenBuild b = acquire();
        inTransaction.set(b);
        try {
            b.dataset.begin(type);
        } catch (RuntimeException | Error e) {
            inTransaction.remove();
            release(b);
            throw e;
        }
    }

    @Override
    public void end() {
        OpenBuild b = inTransaction.get();
        if (b == null) return;
        try {
            b.dataset.end();
        } finally {
            inTransaction.remove();
            release(b);
        }
    }

    @Override
    public boolean isInTransaction() {
        OpenBuild b = inTransaction.get();
        return b != null && b.dataset.isInTransaction();
    }

    /** Closes the live build at once (the server has stopped, so no request uses it). */
    @Override
    public void close() {
        OpenBuild b = current.get();
        synchronized (b) {
            if (!b.closed) {
                b.closed = true;
                KamergraafDataset.close(b.dataset);
            }
        }
        cleaner.shutdown();
        try {
            cleaner.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private OpenBuild acquire() {
        while (true) {
            OpenBuild b = current.get();
            synchronized (b) {
                // A build retired between reading and locking it: try the one that replaced it.
                if (!b.retired) {
                    b.users++;
                    return b;
                }
            }
        }
    }

    private void release(OpenBuild b) {
        synchronized (b) {
            b.users--;
            if (b.retired && b.users == 0) dispose(b);
        }
    }

    private void retire(OpenBuild b) {
        synchronized (b) {
            b.retired = true;
            if (b.users == 0) dispose(b);
        }
    }

    /** Called holding b's lock, once no one uses b. */
    private void dispose(OpenBuild b) {
        if (b.closed) return;
        b.closed = true;
        Runnable closeAndRemove = () -> {
            try {
                KamergraafDataset.close(b.dataset);
                store.removeRetiredBuild(b.folder);
            } catch (RuntimeException e) {
                LOG.warn("Could not close or remove the old build {}: {}", b.folder, e.toString());
            }
        };
        try {
            cleaner.execute(closeAndRemove);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            // The last pin of an old build let go after close(): no request waits any more, close it here.
            closeAndRemove.run();
        }
    }

    /** The text index goes in the context because queries see this wrapper, not the build's DatasetGraphText. */
    private static DatasetGraph withTextIndexInContext(DatasetGraph dsg) {
        if (dsg instanceof DatasetGraphText text) dsg.getContext().set(TextQuery.textIndex, text.getTextIndex());
        return dsg;
    }

    private static void carrySettings(Context from, Context to) {
        for (Symbol key : from.keys()) {
            if (key.equals(TextQuery.textIndex) || to.isDefined(key)) continue;
            to.set(key, from.get(key));
        }
    }

    /** One build's open dataset and the transactions and pins using it. Guarded by its own lock. */
    private static final class OpenBuild {
        final Path folder;
        final DatasetGraph dataset;
        int users;
        boolean retired;
        boolean closed;

        OpenBuild(Path folder, DatasetGraph dataset) {
            this.folder = Objects.requireNonNull(folder);
            this.dataset = Objects.requireNonNull(dataset);
        }
    }
}
