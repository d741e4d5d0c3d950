package nl.kamergraaf.sync;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Told after each committed batch of sync changes, so that what is derived from the graph follows it: the full-text
 * index re-indexes the changed graphs, the VoID description recounts. Runs outside the write transaction; a hook
 * that needs the data opens its own. Hooks are listed in {@link SyncHooks#defaults()}.
 */
@FunctionalInterface
public interface SyncHook {
    void committed(DatasetGraph dataset, List<ChangeEntry> changes);
}
