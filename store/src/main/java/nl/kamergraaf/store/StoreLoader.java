package nl.kamergraaf.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads RDF into a new TDB2 database beside the live one and makes it live only when the load finished: either from
 * RDF files, or straight from a producer (the mapper) writing to a {@link StreamRDF}, with no file in between.
 * The build's full-text index is made inside the build after the bulk load, so it is switched in with it.
 */
public final class StoreLoader {
    private static final Logger LOG = LoggerFactory.getLogger(StoreLoader.class);

    /** Something that writes quads to a stream, such as a mapping run. */
    @FunctionalInterface
    public interface QuadProducer {
        void writeTo(StreamRDF out) throws IOException;
    }

    /** What a finished load made. */
    public record LoadResult(Path build, long quads) {}

    private final StoreDirectory store;

    public StoreLoader(StoreDirectory store) {
        this.store = Objects.requireNonNull(store);
    }

    public LoadResult loadFiles(List<Path> files) throws IOException {
        for (Path f : files) {
            if (!f.toFile().isFile()) throw new IOException("No such RDF file: " + f);
        }
        return load(out -> {
            for (Path f : files) {
                LOG.info("Loading {}", f);
                RDFParser.source(f).parse(out);
            }
        });
    }

    public LoadResult load(QuadProducer producer) throws IOException {
        Path partial = store.newPartialBuild();
        long quads = fill(partial, producer);
        Path live = store.publish(partial);
        store.removeOldBuilds(1);
        LOG.info("Loaded {} quad(s) into {}", quads, live);
        return new LoadResult(live, quads);
    }

    /**
     * Bulk-loads the producer's quads into a new, empty partial build and builds its full-text index; on failure the
     * partial build is removed. The build is closed afterwards and not yet live.
     */
    long fill(Path partial, QuadProducer producer) throws IOException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(partial));
        long quads;
        try {
            DataLoader loader = LoaderFactory.createLoader(dsg, monitor());
            loader.startBulk();
            try {
                producer.writeTo(withoutStartFinish(loader.stream()));
                loader.finishBulk();
            } catch (IOException | RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            quads = loader.countQuads() + loader.countTriples();
            FullTextIndex.build(dsg, partial);
        } catch (IOException | RuntimeException e) {
            TDBInternal.expel(dsg);
            store.discard(partial);
            throw e;
        }
        TDBInternal.expel(dsg);
        return quads;
    }

    /** The loader owns the start and finish of its stream; producers may call them as StreamRDF users do. */
    private static StreamRDF withoutStartFinish(StreamRDF out) {
        return new StreamRDFWrapper(out) {
            @Override public void start() { }
            @Override public void finish() { }
        };
    }

    private static MonitorOutput monitor() {
        return (fmt, args) -> LOG.info(String.format(fmt, args));
    }
}
