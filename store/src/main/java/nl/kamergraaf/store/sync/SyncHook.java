package nl.kamergraaf.store.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Told after each committed batch of sync changes, so that what is derived from the graph follows it: the full-text
 * index re-indexes the changed graphs, the VoID description recounts. Runs outside the write transaction; a hook
 * that needs the data opens its own. The store's own hook keeps the full-text index current
 * ({@link FullTextSyncHook}); the application adds its own (the command line's {@code ServerAssembly}).
 */
@FunctionalInterface
public interface SyncHook {
    void committed(DatasetGraph dataset, List<ChangeEntry> changes);

    /**
     * What sync calls: also given every subject the changed graphs held before or after the batch, for hooks that
     * derive per-subject data (the full-text index must forget a deleted record's old subject). By default the
     * subjects are not needed.
     */
    default void committed(DatasetGraph dataset, List<ChangeEntry> changes, Set<Node> subjects) {
        committed(dataset, changes);
    }

    /**
     * What sync calls: also given the build folder the synced database lives in, for hooks that keep state beside
     * the sync position ({@code build/sync/}, copied along by compaction). By default the folder is not needed.
     */
    default void committed(DatasetGraph dataset, Path build, List<ChangeEntry> changes, Set<Node> subjects) {
        committed(dataset, changes, subjects);
    }

    /**
     * Inside sync's write transaction, just before a deleted record's graph (and its expansion graph) becomes a
     * tombstone: the last moment what the record said can be read, for hooks that must know what a deletion takes
     * away (which dossier the record belonged to). {@code subject} is the tombstone's subject (the record's GUID
     * IRI). The batch may still be rolled back. By default nothing is done.
     */
    default void deleting(DatasetGraph dataset, Path build, Node recordGraph, Node subject) { }
}
