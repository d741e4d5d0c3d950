package nl.kamergraaf.mapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.mirror.MirrorPage;
import nl.kamergraaf.mapper.mirror.MirrorPageMapper;
import nl.kamergraaf.mapper.mirror.MirrorPageParser;
import nl.kamergraaf.mapper.odata.ODataJsonReader;
import nl.kamergraaf.mapper.text.Gazetteer;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.Ontology;

/**
 * The mapper's facade: sources in, quads out to a {@link StreamRDF}, one named graph per source record, plus the
 * ontology and the gazetteer in graphs of their own. Files are read in sorted order so that the same input always
 * gives the same output. A bad record is reported and skipped; the rest is still mapped.
 *
 * <pre>{@code
 * MappingReport report = KamergraafMapper.create().base("http://localhost:3030").source(Path.of("data"))
 *         .build().map(streamRdf);
 * }</pre>
 */
public final class KamergraafMapper {
    private static final Logger LOG = LoggerFactory.getLogger(KamergraafMapper.class);

    private final UriMinter uris;
    private final List<Path> sources;
    private final ProgressListener progress;

    private KamergraafMapper(Builder b) {
        this.uris = new UriMinter(b.base);
        this.sources = List.copyOf(b.sources);
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
        MappingReport report = new MappingReport();
        List<Path> files = files();
        List<Path> pages = new ArrayList<>();
        List<Path> odata = new ArrayList<>();
        List<Path> gazetteers = new ArrayList<>();
        for (Path file : files) {
            switch (SourceFormat.detect(file)) {
                case MIRROR_PAGE -> pages.add(file);
                case ODATA_JSON -> odata.add(file);
                case GAZETTEER_TURTLE -> gazetteers.add(file);
                case DOCUMENTATION -> { }
                case UNKNOWN -> report.skipped(new MappingProblem(file.toString(), null, null,
                        "unrecognised format: not a mirror page (.txt), an OData JSON page (.json) or a gazetteer (.ttl)"));
            }
        }

        out.start();
        try {
            writeGraph(out, uris.ontologyGraph(), Ontology.load().getGraph().find().toList());
            Gazetteer gazetteer = loadGazetteer(gazetteers, report);
            writeGraph(out, uris.gazetteerGraph(), gazetteer.triples());
            PersonDirectory persons = readPersons(odata, report);
            LOG.info("Name resolution uses {} person(s) from {} OData file(s)", persons.size(), odata.size());

            MirrorPageParser parser = new MirrorPageParser();
            MirrorPageMapper pageMapper = new MirrorPageMapper(new EntityWriter(uris), gazetteer, persons);
            long done = 0;
            for (Path file : pages) {
                report.fileRead();
                mapPage(file, parser, pageMapper, out, report);
                progress.progress(++done, pages.size());
            }
        } finally {
            out.finish();
        }
        LOG.info("Mapping done: {}", report.summary());
        return report;
    }

    private void mapPage(Path file, MirrorPageParser parser, MirrorPageMapper mapper, StreamRDF out, MappingReport report) {
        String text;
        try {
            text = readUtf8(file);
        } catch (IOException e) {
            report.skipped(new MappingProblem(file.toString(), null, null, "cannot read: " + e.getMessage()));
            return;
        }
        MirrorPage page;
        try {
            page = parser.parse(text);
        } catch (RecordFormatException e) {
            report.skipped(new MappingProblem(file.toString(), "page", e.field(), e.getMessage()));
            return;
        }
        RecordBuffer buffer = new RecordBuffer(mapper.graphOf(page));
        try {
            mapper.map(page, file.getFileName().toString(), buffer);
        } catch (IllegalArgumentException e) {
            report.skipped(new MappingProblem(file.toString(), page.nummer(), null, e.getMessage()));
            return;
        }
        report.recordMapped(buffer.flushTo(out));
    }

    private static String readUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
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

    private PersonDirectory readPersons(List<Path> files, MappingReport report) {
        PersonDirectory persons = new PersonDirectory();
        ODataJsonReader reader = new ODataJsonReader();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                reader.read(in, record -> addPerson(record, persons));
            } catch (IOException | RuntimeException e) {
                report.skipped(new MappingProblem(file.toString(), null, null, "cannot read OData JSON: " + e.getMessage()));
            }
        }
        return persons;
    }

    private static void addPerson(JsonNode r, PersonDirectory persons) {
        if (!r.hasNonNull("Achternaam") || !r.hasNonNull("Id") || r.path("Verwijderd").asBoolean(false)) return;
        persons.add(new PersonDirectory.Person(r.get("Id").asText(), text(r, "Initialen"), text(r, "Tussenvoegsel"),
                r.get("Achternaam").asText(), text(r, "Roepnaam")));
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void writeGraph(StreamRDF out, Node graph, List<Triple> triples) {
        for (Triple t : triples) out.quad(Quad.create(graph, t));
    }

    /** Follows a long run: how many of how many records are done. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long done, long total);
    }

    /** Configuration of a mapping run. */
    public static final class Builder {
        private String base = UriMinter.DEFAULT_BASE;
        private final List<Path> sources = new ArrayList<>();
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

        /** Told the number of records done so far and the number in all, for a progress display. */
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
