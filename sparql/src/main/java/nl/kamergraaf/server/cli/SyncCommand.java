package nl.kamergraaf.server.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.spi.RecordGraphMapper;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.store.BuildCompactor;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;
import nl.kamergraaf.store.sync.RecordGraphMappers;
import nl.kamergraaf.store.sync.StoreSync;
import nl.kamergraaf.store.sync.SyncReport;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {
            "Bring the store up to date with the Tweede Kamer API: fetch what changed",
            "since the last sync, page by page, and apply it to the live database.",
            "A changed record replaces its graph; a deleted record leaves a tombstone",
            "(its IRI answers 410 Gone). Each feed resumes from the position kept with",
            "the database, saved only after the changes it covers are committed: an",
            "interrupted sync loses nothing and applies nothing twice.",
            "",
            "TDB2 lets one process open a database: stop 'kamergraaf serve' on the",
            "same store first, or let the server sync itself with",
            "'kamergraaf serve --sync-interval MINUTES'. See docs/sync.md.",
            "",
            "Exit codes: 0 synced, 1 synced but some records were skipped, 2 wrong",
            "usage, 3 failed (source down or store in use; what was applied stays",
            "and the next sync resumes from there)."},
        footer = {"", "Examples:", "  kamergraaf sync --category Zaak,Document",
                  "  kamergraaf sync --feed odata --category Persoon"})
public final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SyncOptions syncOptions;

    @Mixin
    MappedStoreOptions mappedStore;

    @Override
    public Integer call() {
        UriMinter uris;
        try {
            syncOptions.check();
            uris = new UriMinter(mappedStore.base());
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("kamergraaf sync: cannot start: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        StoreDirectory store = mappedStore.directory();
        DatasetGraph dsg = null;
        try {
            if (store.current().isEmpty()) {
                spec.commandLine().getErr().println("kamergraaf sync: no store at " + store.root() + " yet; starting an empty one");
                new StoreLoader(store).load(out -> { });
            }
            Path build = store.current().orElseThrow();
            try {
                // with the full-text index attached, so that the index follows what sync changes
                dsg = KamergraafDataset.openWithTextIndex(build);
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("kamergraaf sync: cannot open the store " + build + " (is 'kamergraaf serve' running on it? "
                        + "stop it first): " + e.getMessage());
                return ExitCodes.FAILED;
            }
            RecordGraphMapper mapper = RecordGraphMappers.forStore(uris, dsg);
            SyncReport report = new StoreSync(dsg, build, mapper, ServerAssembly.syncHooks(), new StoreSync.CommitObserver() { }).run(syncOptions.feeds());
            for (MappingProblem p : report.problems()) spec.commandLine().getErr().println("skipped: " + p);
            if (report.error().isPresent()) {
                spec.commandLine().getErr().println("kamergraaf sync: stopped: " + report.error().get());
                spec.commandLine().getErr().println("kamergraaf sync: " + report.summary() + "; what was applied stays, and the next sync resumes from there");
                return ExitCodes.FAILED;
            }
            spec.commandLine().getErr().println("kamergraaf sync: " + report.summary());
            Optional<BuildCompactor.Compaction> compacted = syncOptions.compaction().compactIfDue(new BuildCompactor(store), build, dsg);
            if (compacted.isPresent()) {
                KamergraafDataset.close(dsg);
                dsg = null;
                store.removeRetiredBuild(build);
                spec.commandLine().getErr().println("kamergraaf sync: compacted the store: " + compacted.get().summary());
            }
            return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.RECORDS_SKIPPED;
        } catch (Exception e) {
            spec.commandLine().getErr().println("kamergraaf sync: failed: " + e.getMessage());
            return ExitCodes.FAILED;
        } finally {
            if (dsg != null) KamergraafDataset.close(dsg);
        }
    }
}
