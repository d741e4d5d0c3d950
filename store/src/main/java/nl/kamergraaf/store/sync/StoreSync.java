package nl.kamergraaf.store.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.spi.PageRecord;
import nl.kamergraaf.mapper.spi.RecordGraph;
import nl.kamergraaf.mapper.spi.RecordGraphMapper;
import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * Applies the changes of the API to a live database, page by page: each record is mapped to its graph, and in one
 * write transaction per page a changed record's graph replaces the stored one and a deleted record's graph becomes
 * its tombstone (and loses its expansion graph). A record whose graph is already stored as it is counts as unchanged
 * and is not written, which makes fetching a page twice harmless. The vote events of the besluiten whose votes the
 * page changed are recounted in the same transaction ({@link VoteEventRecount}). After each commit the change log is completed and the feed position saved, in that
 * order; {@link #recover()} settles a batch a crash left between commit and log.
 *
 * <p>The database must not be open in another process: TDB2 allows one process per database.
 */
public final class StoreSync {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSync.class);

    /** Points around each commit; tests use them to stop a sync as a crash would. */
    public interface CommitObserver {
        default void beforeCommit() { }

        default void afterCommit() { }
    }

    private final DatasetGraph dataset;
    private final Path build;
    private final Path syncDir;
    private final ChangeLog log;
    private final RecordGraphMapper mapper;
    private final List<SyncHook> hooks;
    private final CommitObserver observer;
    private volatile boolean stopRequested;

    /**
     * @param dataset the live database, opened by this process
     * @param build   its folder: the position and the change log are kept in {@code build/sync/}
     */
    public StoreSync(DatasetGraph dataset, Path build, RecordGraphMapper mapper, List<SyncHook> hooks, CommitObserver observer) {
        this.dataset = Objects.requireNonNull(dataset);
        this.build = build;
        this.syncDir = build.resolve("sync");
        this.log = ChangeLog.of(build);
        this.mapper = Objects.requireNonNull(mapper);
        this.hooks = List.copyOf(hooks);
        this.observer = Objects.requireNonNull(observer);
    }

    /** A sync with the store's own hook only (the full-text index follows); the application passes its hooks. */
    public StoreSync(DatasetGraph dataset, Path build, RecordGraphMapper mapper) {
        this(dataset, build, mapper, List.of(new FullTextSyncHook()), new CommitObserver() { });
    }

    /**
     * Asks a running sync to stop after the page it is applying. Threads doing TDB2 work must not be interrupted
     * (an interrupt closes the database's file channels), so stopping is asked for, not forced.
     */
    public void requestStop() {
        stopRequested = true;
    }

    public ChangeLog changeLog() {
        return log;
    }

    /** Reads all feeds in turn, each from its saved position until it has nothing more; stops at a failing source. */
    public SyncReport run(List<ChangeFeed> feeds) throws IOException {
        recover();
        SyncPositions positions = SyncPositions.load(syncDir);
        SyncReport report = new SyncReport();
        long seq = log.lastSeq();
        for (ChangeFeed feed : feeds) {
            if (stopRequested) break;
            SyncReport.FeedCounts counts = report.feed(feed.key());
            ChangeFeed.Pages pages = feed.open(positions.get(feed.key()));
            try {
                Optional<ChangePage> page;
                while (!stopRequested && (page = pages.next()).isPresent()) {
                    counts.pages++;
                    seq = apply(page.get(), counts, report, seq);
                    if (page.get().positionAfter().isPresent()) positions.save(feed.key(), page.get().positionAfter().get());
                }
            } catch (IOException e) {
                report.failed(feed.category() + ": " + e.getMessage());
                LOG.error("Sync of {} stopped: {}", feed.key(), e.getMessage());
                break;
            }
            LOG.info("{}: {} page(s), {} changed, {} deleted, {} unchanged", feed.key(), counts.pages, counts.changed, counts.deleted, counts.unchanged);
        }
        return report;
    }

    /** One page in one write transaction; returns the last sequence number used. */
    private long apply(ChangePage page, SyncReport.FeedCounts counts, SyncReport report, long seq) throws IOException {
        page.problems().forEach(report::skipped);
        List<RecordGraph> graphs = new ArrayList<>();
        mapper.startPage(page.records().stream().map(r -> new PageRecord(r.entityType(), r.record())).toList());
        for (SourceRecord r : page.records()) {
            try {
                graphs.add(mapper.map(r.entityType(), r.record(), r.source()));
            } catch (RecordFormatException e) {
                report.skipped(new MappingProblem(page.url(), r.id(), e.field(), e.getMessage()));
            } catch (RuntimeException e) {
                report.skipped(new MappingProblem(page.url(), r.id(), null, "cannot be mapped: " + e.getMessage()));
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // One entry per graph and batch: a record changed twice on one page is one change to the graph.
        Map<Node, ChangeEntry> changes = new LinkedHashMap<>();
        Path pending = null;
        boolean committed = false;
        List<ChangeEntry> numbered = new ArrayList<>();
        Set<Node> subjects = new HashSet<>();
        VoteEventRecount votes = new VoteEventRecount();
        dataset.begin(ReadWrite.WRITE);
        try {
            for (RecordGraph g : graphs) {
                Outcome outcome = replace(g, subjects, votes);
                switch (outcome) {
                    case UNCHANGED -> counts.unchanged++;
                    case CHANGED -> counts.changed++;
                    case DELETED -> counts.deleted++;
                }
                if (outcome != Outcome.UNCHANGED) {
                    changes.remove(g.graph());
                    changes.put(g.graph(), new ChangeEntry(0, now, g.deleted() ? ChangeEntry.Kind.DELETED : ChangeEntry.Kind.CHANGED,
                            g.subject().getURI(), g.graph().getURI(), GraphHash.of(triples(g))));
                }
            }
            // The vote events of the besluiten whose votes changed, recounted in the same transaction as the votes.
            for (VoteEventRecount.Rewritten v : votes.rewrite(dataset, subjects)) {
                changes.put(v.graph(), new ChangeEntry(0, now, ChangeEntry.Kind.CHANGED, v.subject().getURI(), v.graph().getURI(),
                        GraphHash.of(v.triples())));
            }
            if (changes.isEmpty()) {
                dataset.abort();
                return seq;
            }
            for (ChangeEntry e : changes.values()) {
                numbered.add(new ChangeEntry(++seq, e.time(), e.kind(), e.iri(), e.graph(), e.hash()));
            }
            pending = log.writePending(numbered);
            observer.beforeCommit();
            dataset.commit();
            committed = true;
            observer.afterCommit();
            log.commitPending(pending);
        } catch (IOException | RuntimeException e) {
            if (!committed) {
                dataset.abort();
                if (pending != null) log.dropPending(pending);
            }
            throw e;
        } finally {
            // Reached without commit or abort only when the process is going down (an Error): leave the pending
            // segment for recover() to settle, as after a real kill.
            if (!committed && dataset.isInTransaction()) dataset.abort();
            dataset.end();
        }
        runHooks(numbered, subjects);
        return seq;
    }

    /** After the write transaction has ended, so that a hook may open transactions of its own. */
    private void runHooks(List<ChangeEntry> changes, Set<Node> subjects) {
        for (SyncHook hook : hooks) {
            try {
                hook.committed(dataset, build, changes, subjects);
            } catch (RuntimeException e) {
                // The graph and the log are committed; what a hook derives can be rebuilt, so sync goes on.
                LOG.error("Sync hook {} failed on {} change(s): {}", hook.getClass().getName(), changes.size(), e.toString());
            }
        }
    }

    private enum Outcome { UNCHANGED, CHANGED, DELETED }

    /**
     * Inside the write transaction: makes the stored graph what the record says, if it is not already. The subjects
     * of a changed graph, before and after, are added to {@code subjects} for the hooks (a deleted record's old
     * subject is gone from the store by the time they run). The votes of a changed graph, before and after, are noted
     * for the recount of their vote events.
     */
    private Outcome replace(RecordGraph g, Set<Node> subjects, VoteEventRecount votes) {
        Set<Triple> stored = new HashSet<>();
        dataset.find(g.graph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
        Set<Triple> wanted = triples(g);
        if (StoredForm.of(stored).equals(StoredForm.of(wanted))) return Outcome.UNCHANGED;
        stored.forEach(t -> subjects.add(t.getSubject()));
        wanted.forEach(t -> subjects.add(t.getSubject()));
        votes.noteVotes(stored);
        votes.noteVotes(wanted);
        if (g.deleted()) hooks.forEach(hook -> hook.deleting(dataset, build, g.graph(), g.subject()));
        dataset.deleteAny(g.graph(), Node.ANY, Node.ANY, Node.ANY);
        for (Quad q : g.quads()) dataset.add(q);
        if (g.deleted()) dropExpansion(g.graph(), subjects);
        return g.deleted() ? Outcome.DELETED : Outcome.CHANGED;
    }

    /**
     * A deleted record takes its expansion graph along (what a nested $expand of it once stated: a tombstone carries
     * no links). A changed record keeps it: the record as the API gives it cannot say those links again.
     */
    private void dropExpansion(Node recordGraph, Set<Node> subjects) {
        Node expansion = UriMinter.expansionGraph(recordGraph);
        dataset.find(expansion, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> subjects.add(q.getSubject()));
        dataset.deleteAny(expansion, Node.ANY, Node.ANY, Node.ANY);
    }

    private static Set<Triple> triples(RecordGraph g) {
        Set<Triple> set = new HashSet<>();
        for (Quad q : g.quads()) set.add(q.asTriple());
        return set;
    }

    /**
     * Settles batches a crash left between the database commit and the change log: a pending segment whose graphs the
     * database holds exactly as logged was committed and joins the log; any other was not, and is dropped (its pages
     * are fetched again, since the position was not saved either).
     */
    public void recover() throws IOException {
        for (Path pending : log.pending()) {
            List<ChangeEntry> entries = ChangeLog.read(pending);
            boolean committed = !entries.isEmpty() && Txn.calculateRead(dataset, () -> entries.stream().allMatch(e -> {
                Set<Triple> stored = new HashSet<>();
                dataset.find(org.apache.jena.graph.NodeFactory.createURI(e.graph()), Node.ANY, Node.ANY, Node.ANY)
                       .forEachRemaining(q -> stored.add(q.asTriple()));
                return GraphHash.of(stored).equals(e.hash());
            }));
            if (committed) {
                LOG.warn("Completing the change log with {}, committed before an interrupted sync could log it", pending.getFileName());
                log.commitPending(pending);
            } else {
                LOG.warn("Dropping {}: the interrupted sync had not committed it", pending.getFileName());
                log.dropPending(pending);
            }
        }
    }
}
