package nl.kamergraaf.mapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.spi.SourceMapper;
import nl.kamergraaf.mapper.text.Gazetteer;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.Ontology;

/**
 * The mapper's facade: sources in, quads out to a {@link StreamRDF}, one named graph per source record, plus the
 * ontology and the gazetteer in graphs of their own. Folders are walked and each file is recognised by the
 * {@link SourceMapper}s; files are read in sorted order so that the same input always gives the same output. A bad
 * record is reported and skipped; the rest is still mapped.
 *
 * <pre>{@code
 * MappingReport report = KamergraafMapper.create().base("http://localhost:3030").source(Path.of("data"))
 *         .build().map(streamRdf);
 * }</pre>
 */
public final class KamergraafMapper {
    private static final Logger LOG = LoggerFactory.getLogger(KamergraafMapper.class);
    private static final Comparator<Triple> TRIPLE_ORDER = Comparator
            .comparing((Triple t) -> t.getSubject().toString())
            .thenComparing(t -> t.getPredicate().toString())
            .thenComparing(t -> t.getObject().toString());

    private final UriMinter uris;
    private final List<Path> sources;
    private final List<SourceMapper> formats;
    private final ProgressListener progress;

    private KamergraafMapper(Builder b) {
        this.uris = new UriMinter(b.base);
        this.sources = List.copyOf(b.sources);
        this.formats = List.copyOf(b.formats);
        this.progress = b.progress;
    }

    public static Builder create() {
        return new Builder();
    }

    public UriMinter uris() {
        return uris;
    }

    /** The input files, folders walked, in the order they are read. */
    public List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source)) {
                    walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(source)) {
                files.add(source);
            } else {
                throw new IOException("No such file or folder: " + source);
            }
        }
        return files;
    }

    public MappingReport map(StreamRDF out) throws IOException {
        // Counted where the quads leave the mapper, after the alignment: the summary then says what the output holds.
        org.apache.jena.riot.system.StreamRDFCountingBase counted = new org.apache.jena.riot.system.StreamRDFCountingBase(out);
        out = AlignmentMaterializer.over(counted); // standard-vocabulary triples beside the kg: ones (docs/ontology.md)
        MappingReport report = new MappingReport();
        Map<Path, SourceMapper> recognised = new LinkedHashMap<>();
        List<Path> gazetteers = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".md")) continue; // documentation beside the data
            if (name.endsWith(".ttl")) {
                gazetteers.add(file);
                continue;
            }
            Optional<SourceMapper> format = recognise(file);
            if (format.isPresent()) {
                recognised.put(file, format.get());
            } else {
                report.skipped(new MappingProblem(file.toString(), null, null, "unrecognised format: not "
                        + String.join(", ", formats.stream().map(SourceMapper::name).toList()) + " or gazetteer Turtle"));
            }
        }

        out.start();
        try (RunIndexes indexes = RunIndexes.create()) {
            writeGraph(out, uris.ontologyGraph(), Ontology.load().getGraph().find().toList());
            Gazetteer gazetteer = loadGazetteer(gazetteers, report);
            writeGraph(out, uris.gazetteerGraph(), gazetteer.triples());
            MappingContext ctx = new MappingContext(uris, gazetteer, new PersonDirectory(), report, indexes);
            for (Map.Entry<Path, SourceMapper> e : recognised.entrySet()) e.getValue().prepare(e.getKey(), ctx);
            LOG.info("Name resolution uses {} person(s)", ctx.persons().size());
            long done = 0;
            for (Map.Entry<Path, SourceMapper> e : recognised.entrySet()) {
                report.fileRead();
                e.getValue().map(e.getKey(), ctx, out);
                progress.progress(++done, recognised.size());
            }
        } finally {
            out.finish();
            report.quadsWritten(counted.countQuads() + counted.countTriples());
        }
        LOG.info("Mapping done: {}", report.summary());
        return report;
    }

    private Optional<SourceMapper> recognise(Path file) throws IOException {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(512), StandardCharsets.UTF_8);
        }
        return formats.stream().filter(f -> f.recognises(file, head)).findFirst();
    }

    private Gazetteer loadGazetteer(List<Path> files, MappingReport report) {
        if (files.isEmpty()) return Gazetteer.empty();
        if (files.size() > 1) {
            // One gazetteer file keeps the data in one place for editors; more would need merging rules.
            LOG.warn("Several gazetteer files given; using {} and ignoring the rest: {}", files.get(0), files.subList(1, files.size()));
        }
        try {
            return Gazetteer.load(files.get(0), uris.base());
        } catch (RuntimeException e) {
            report.skipped(new MappingProblem(files.get(0).toString(), null, null, "not valid Turtle: " + e.getMessage()));
            return Gazetteer.empty();
        }
    }

    /** Writes a whole graph in a stable order (sorted), so that the same input gives the same output byte for byte. */
    private static void writeGraph(StreamRDF out, Node graph, List<Triple> triples) {
        triples.stream().sorted(TRIPLE_ORDER).forEach(t -> out.quad(Quad.create(graph, t)));
    }

    /** Follows a long run: how many of how many files are done. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long done, long total);
    }

    /** Configuration of a mapping run. */
    public static final class Builder {
        private String base = UriMinter.DEFAULT_BASE;
        private final List<Path> sources = new ArrayList<>();
        private List<SourceMapper> formats = SourceMappers.defaults();
        private ProgressListener progress = (done, total) -> { };

        public Builder base(String base) {
            this.base = Objects.requireNonNull(base);
            return this;
        }

        public Builder source(Path fileOrFolder) {
            sources.add(Objects.requireNonNull(fileOrFolder));
            return this;
        }

        public Builder sources(List<Path> filesOrFolders) {
            filesOrFolders.forEach(this::source);
            return this;
        }

        /** The formats to recognise, in order; {@link SourceMappers#defaults()} unless set. */
        public Builder formats(List<SourceMapper> formats) {
            this.formats = List.copyOf(formats);
            return this;
        }

        /** Told the number of files done so far and the number in all, for a progress display. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        public KamergraafMapper build() {
            if (sources.isEmpty()) throw new IllegalStateException("No sources given to map");
            return new KamergraafMapper(this);
        }
    }
}
