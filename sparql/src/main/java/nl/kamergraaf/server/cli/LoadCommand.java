package nl.kamergraaf.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import nl.kamergraaf.mapper.MappingReport;
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
    StoreOptions storeOptions;

    @Mixin
    MapOptions mapOptions;

    @Override
    public Integer call() {
        StoreLoader loader = new StoreLoader(storeOptions.directory());
        try {
            if (inputs.rdfFiles != null) {
                StoreLoader.LoadResult r = loader.loadFiles(inputs.rdfFiles);
                spec.commandLine().getErr().println("kamergraaf: loaded " + r.quads() + " quad(s) into " + r.build());
                return ExitCodes.OK;
            }
            MappingReport[] report = new MappingReport[1];
            StoreLoader.LoadResult r = loader.load(out -> {
                try (Progress progress = Progress.start("Mapping and loading")) {
                    report[0] = mapOptions.mapper(new ArrayList<>(inputs.sources)).progress(progress::update).build().map(out);
                }
            });
            spec.commandLine().getErr().println("kamergraaf: loaded " + r.quads() + " quad(s) into " + r.build());
            return MapCommand.summarise(report[0], spec.commandLine().getErr());
        } catch (Exception e) {
            spec.commandLine().getErr().println("kamergraaf load: failed, the store is unchanged: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
