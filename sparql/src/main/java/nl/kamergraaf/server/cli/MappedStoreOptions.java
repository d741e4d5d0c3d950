package nl.kamergraaf.server.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Mixin;

import nl.kamergraaf.mapper.MappingReport;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/** The store and the base IRI of the commands that map into a store (load, sync, serve), and their mapping load. */
final class MappedStoreOptions {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    MapOptions mapOptions;

    StoreDirectory directory() {
        return storeOptions.directory();
    }

    String base() {
        return mapOptions.base;
    }

    /** What a load that mapped its sources gave: the new build, and what the mapping skipped or warned about. */
    record MappedLoad(StoreLoader.LoadResult load, MappingReport report) {}

    /** Maps the sources straight into a new build of the store, showing progress; the build goes live when complete. */
    MappedLoad mapAndLoad(List<Path> sources) throws Exception {
        MappingReport[] report = new MappingReport[1];
        StoreLoader.LoadResult load = new StoreLoader(directory()).load(out -> {
            try (Progress progress = Progress.start("Mapping and loading")) {
                report[0] = mapOptions.mapper(sources).progress(progress::update).build().map(out);
            }
        });
        return new MappedLoad(load, report[0]);
    }
}
