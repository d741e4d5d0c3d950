package nl.kamergraaf.bench.measure;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/**
 * {@code LoadRun file STORE RDF-FILE...} loads RDF files as {@code kamergraaf load} does; {@code LoadRun map STORE
 * SOURCE...} maps the sources straight into the store with no file in between ({@code kamergraaf load --map}).
 */
public final class LoadRun {
    private LoadRun() {}

    public static void main(String[] args) throws Exception {
        StoreLoader loader = new StoreLoader(new StoreDirectory(Path.of(args[1])));
        List<Path> inputs = Arrays.stream(args).skip(2).map(Path::of).toList();
        StoreLoader.LoadResult r = switch (args[0]) {
            case "file" -> loader.loadFiles(inputs);
            case "map" -> loader.load(out -> KamergraafMapper.create().sources(inputs).build().map(out));
            default -> throw new IllegalArgumentException("mode is file or map, not " + args[0]);
        };
        Measured.say("quads=" + r.quads() + " build=" + r.build());
    }
}
