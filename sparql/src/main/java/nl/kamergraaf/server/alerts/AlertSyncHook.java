package nl.kamergraaf.server.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.store.sync.ChangeEntry;
import nl.kamergraaf.store.sync.SyncHook;

/**
 * Turns each batch sync commits into alerts journal entries (see {@link AlertJournal}): a changed record becomes a
 * "new" entry in the feeds of the dossiers, members, fracties and ministries it touches ({@link RecordDescription}),
 * a deleted one a deletion entry in the feeds it touched just before its graph was replaced by the tombstone; then
 * each saved query is asked again and its new and vanished rows become entries of its feed. Finally the feeds with a
 * webhook are told. Runs after the commit, so the journal never lists what the
 * graph does not hold; a crash between the commit and this hook loses that batch's entries (docs/operations.md).
 */
public final class AlertSyncHook implements SyncHook {
    private static final Logger LOG = LoggerFactory.getLogger(AlertSyncHook.class);
    private static final WebhookSender SHARED_SENDER = new WebhookSender().finishOnExit(java.time.Duration.ofSeconds(30));

    private final WebhookSender sender;

    public AlertSyncHook() {
        this(SHARED_SENDER);
    }

    public AlertSyncHook(WebhookSender sender) {
        this.sender = sender;
    }

    @Override
    public void committed(DatasetGraph dataset, List<ChangeEntry> changes) {
        LOG.debug("No build folder given: {} change(s) not journalled for alerts", changes.size());
    }

    @Override
    public void committed(DatasetGraph dataset, Path build, List<ChangeEntry> changes, Set<Node> subjects) {
        try {
            Optional<Path> storeRoot = storeRoot(build);
            AlertsConfig config = storeRoot.isPresent() ? AlertsConfig.read(storeRoot.get()) : AlertsConfig.defaults();
            AlertJournal journal = AlertJournal.of(build);
            List<AlertEntry> entries = new ArrayList<>(recordEntries(dataset, journal, changes));
            List<AlertEntry> written;
            synchronized (journal.lock()) { // a feed's first request may be taking a saved query's baseline
                if (storeRoot.isPresent()) entries.addAll(savedQueryEntries(dataset, journal, SavedQuery.all(storeRoot.get())));
                written = journal.append(entries);
            }
            Set<String> touched = new LinkedHashSet<>();
            written.forEach(e -> touched.addAll(e.feeds()));
            journal.prune(Instant.now().minus(config.retention()), touched);
            notifyWebhooks(written, config);
            LOG.debug("Alerts: {} entr(y/ies) for {} feed(s)", written.size(), touched.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the alerts journal of " + build, e);
        }
    }

    /** A build folder is {@code <store>/builds/<id>}; the store holds the saved queries and the settings. */
    static Optional<Path> storeRoot(Path build) {
        Path parent = build.toAbsolutePath().normalize().getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("builds")
                ? Optional.ofNullable(parent.getParent()) : Optional.empty();
    }

    /**
     * Before a deleted record's graph goes, notes what it was about (its thing, title and feeds): the tombstone that
     * replaces it says none of that. A failure here must not fail the sync: the deletion entry then has no feeds.
     */
    @Override
    public void deleting(DatasetGraph dataset, Path build, Node recordGraph, Node subject) {
        try {
            Optional<RecordDescription> was = RecordDescription.beforeDeletion(dataset, recordGraph, subject);
            if (was.isPresent()) {
                new RecordMemory(AlertJournal.of(build)).remember(recordGraph.getURI(),
                        new RecordMemory.Remembered(was.get().iri(), was.get().title(), was.get().feeds()));
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Alerts: cannot note what the deleted record {} was about: {}", recordGraph.getURI(), e.toString());
        }
    }

    private static List<AlertEntry> recordEntries(DatasetGraph dataset, AlertJournal journal, List<ChangeEntry> changes) throws IOException {
        RecordMemory memory = new RecordMemory(journal);
        List<AlertEntry> out = new ArrayList<>();
        Map<String, RecordDescription> described = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            for (ChangeEntry c : changes) {
                if (c.kind() == ChangeEntry.Kind.CHANGED) described.put(c.graph(), RecordDescription.of(dataset, c.graph(), c.iri()));
            }
        });
        for (ChangeEntry c : changes) {
            if (c.kind() == ChangeEntry.Kind.CHANGED) {
                RecordDescription d = described.get(c.graph());
                out.add(new AlertEntry(0, c.time(), AlertEntry.Kind.NEW, c.iri(), d.title(), "changed; record graph " + c.graph(),
                        d.feeds(), d.start(), d.end(), d.location()));
            } else {
                Optional<RecordMemory.Remembered> was = memory.recall(c.graph());
                // The numbered IRI it had (it answers 410 as the GUID IRI does), its title and the feeds it was in.
                String iri = was.map(RecordMemory.Remembered::iri).filter(s -> !s.isEmpty()).orElse(c.iri());
                String title = was.map(RecordMemory.Remembered::title).filter(s -> !s.isEmpty()).orElse(iri);
                List<String> feeds = was.map(RecordMemory.Remembered::feeds).orElse(List.of());
                out.add(new AlertEntry(0, c.time(), AlertEntry.Kind.DELETED, iri, title, "deleted; tombstone in record graph " + c.graph(),
                        feeds, null, null, null));
                memory.forget(c.graph());
            }
        }
        return out;
    }

    /**
     * A saved query's baseline, taken when its feed is first asked for (so that what the next sync adds is news):
     * nothing happens when the query has been seen already.
     */
    public static void baseline(DatasetGraph dataset, AlertJournal journal, SavedQuery query) throws IOException {
        synchronized (journal.lock()) {
            SeenRows seen = new SeenRows(journal);
            if (!seen.has(query)) seen.save(query, SavedQueryRows.keys(SavedQueryRows.evaluate(dataset, query)));
        }
    }

    /** Asks each saved query again; a query seen for the first time gives its baseline, not entries. */
    static List<AlertEntry> savedQueryEntries(DatasetGraph dataset, AlertJournal journal, List<SavedQuery> queries) throws IOException {
        SeenRows seen = new SeenRows(journal);
        List<AlertEntry> out = new ArrayList<>();
        Instant now = Instant.now();
        for (SavedQuery q : queries) {
            Map<String, List<Node>> rows;
            try {
                rows = SavedQueryRows.evaluate(dataset, q);
            } catch (RuntimeException e) {
                LOG.error("Saved query {} not followed this time: {}", q.file(), e.getMessage());
                continue;
            }
            Optional<Set<String>> before = seen.get(q);
            if (before.isPresent()) out.addAll(SavedQueryRows.changes(q, before.get(), rows, now));
            seen.save(q, SavedQueryRows.keys(rows));
        }
        return out;
    }

    private void notifyWebhooks(List<AlertEntry> written, AlertsConfig config) {
        if (config.webhooks().isEmpty()) return;
        for (Map.Entry<String, URI> hook : config.webhooks().entrySet()) {
            List<AlertEntry> mine = written.stream().filter(e -> e.feeds().contains(hook.getKey())).toList();
            if (!mine.isEmpty()) sender.submit(hook.getKey(), AlertsPaths.feedPath(hook.getKey()), hook.getValue(), mine, config);
        }
    }
}
