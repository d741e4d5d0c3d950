package nl.kamergraaf.store.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.store.BuildCompactor;

/**
 * When a synced build is compacted: once sync has applied more than a set number of changes to it since it was
 * made (by a load or by the last compaction). Changes are counted in the build's change log, one per record graph
 * written or deleted, so the count survives a restart and needs no bookkeeping of its own beyond the log position
 * the build started from.
 */
public final class CompactionPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(CompactionPolicy.class);
    /**
     * A day of the Tweede Kamer's changes is some thousands of records; each replaced record graph leaves its old
     * B+tree blocks behind. Compacting about weekly keeps the database within a small multiple of its live size
     * without copying it often.
     */
    public static final long DEFAULT_CHANGES = 50_000;
    /** In the build's sync folder: the change-log position the build started from. */
    private static final String STARTED_AT = "compacted-at-seq";

    private final long changes;

    /** @param changes compact after more than this many changes; 0 never compacts */
    public CompactionPolicy(long changes) {
        if (changes < 0) throw new IllegalArgumentException("The number of changes before a compaction cannot be negative");
        this.changes = changes;
    }

    public static CompactionPolicy never() {
        return new CompactionPolicy(0);
    }

    public boolean enabled() {
        return changes > 0;
    }

    /** The changes sync has applied to the build since it was made or last compacted. */
    public static long changesSinceCompaction(Path build) throws IOException {
        Path marker = build.resolve("sync").resolve(STARTED_AT);
        long startedAt = Files.isRegularFile(marker) ? Long.parseLong(Files.readString(marker, StandardCharsets.UTF_8).strip()) : 0;
        return ChangeLog.of(build).lastSeq() - startedAt;
    }

    public boolean due(Path build) throws IOException {
        return enabled() && changesSinceCompaction(build) > changes;
    }

    /**
     * Compacts the build if due. Call it where nothing else writes to the build (on the sync thread, between runs).
     *
     * @return the compaction, if one was made and went live
     */
    public Optional<BuildCompactor.Compaction> compactIfDue(BuildCompactor compactor, Path build, DatasetGraph dataset) throws IOException {
        if (!due(build)) return Optional.empty();
        long since = changesSinceCompaction(build);
        LOG.info("Compacting build {}: sync applied {} changes since it was made (more than {})", build.getFileName(), since, changes);
        long seq = ChangeLog.of(build).lastSeq();
        // The copy carries the build's change log; it counts its own changes from where the log is now.
        return compactor.compact(build, dataset, copy -> SyncFiles.writeAtomically(copy.resolve("sync").resolve(STARTED_AT),
                (seq + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}
