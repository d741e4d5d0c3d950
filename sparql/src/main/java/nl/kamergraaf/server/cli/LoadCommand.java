package nl.kamergraaf.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import nl.kamergraaf.store.StoreLoader;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
            "Load RDF into the TDB2 store.",
            "The load builds a new database beside the live one and switches to it only when it is complete:",
            "a failed or killed load leaves the store serving what it served before.",
            "",
            "Either give RDF files (N-Quads, TriG, N-Triples, Turtle; by file extension), or --map with source",
            "files or folders to map them and load the result straight from the mapper, with no file in between.",
            "",
            "Exit codes: 0 loaded, 1 loaded but some records were skipped, 2 wrong usage, 3 failed (store unchanged)."},
        footer = {"", "Examples:", "  kamergraaf load kamergraaf.nq", "  kamergraaf load --map data/"})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Inputs inputs;

    static final class Inputs {
        @Parameters(paramLabel = "RDF-FILE", arity = "1..*", description = "RDF files to load.")
        List<Path> rdfFiles;

        @Option(names = "--map", paramLabel = "SOURCE", arity = "1..*",
                description = "Map these source files or folders and load the result directly.")
        List<Path> sources;
    }

    @Mixin
    MappedStoreOptions mappedStore;

    @Override
    public Integer call() {
        try {
            if (inputs.rdfFiles != null) {
                reportLoaded(new StoreLoader(mappedStore.directory()).loadFiles(inputs.rdfFiles));
                return ExitCodes.OK;
            }
            MappedStoreOptions.MappedLoad mapped = mappedStore.mapAndLoad(inputs.sources);
            reportLoaded(mapped.load());
            return MapCommand.summarise(mapped.report(), spec.commandLine().getErr());
        } catch (Exception e) {
            spec.commandLine().getErr().println("kamergraaf load: failed, the store is unchanged: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private void reportLoaded(StoreLoader.LoadResult r) {
        spec.commandLine().getErr().println("kamergraaf: loaded " + r.quads() + " quad(s) into " + r.build());
    }
}
