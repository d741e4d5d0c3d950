package nl.kamergraaf.server.release;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeCmp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.store.PointedFolder;
import nl.kamergraaf.vocab.Ontology;

/**
 * Writes a release of the store: the data as N-Quads, N-Triples and Turtle (gzip) and JSON-LD, the ontology and the
 * shapes as Turtle, CSV tables of the main classes with their CSVW metadata ({@link ReleaseTables}), the DCAT-AP-NL
 * catalog and the VoID description, and a SHA256SUMS file over them all.
 *
 * <p>Same data, same bytes: the store is read in a sorted order ({@link SortedStoreReader}), prefixes are fixed,
 * gzip headers carry no time or file name (java.util.zip writes mtime 0), and the release id is the date of the
 * latest change in the data plus a hash of the data files — never the clock. Memory stays flat: the sort spills to
 * disk, the three triple formats and the VoID counts ({@link TripleStatistics}) come from one streamed pass, and
 * JSON-LD is written in expanded form subject by subject ({@link JsonLdStreamWriter}).
 */
public final class ReleaseWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseWriter.class);
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /**
     * Where the ontology module publishes the SHACL shapes of the data: one optional file per ontology module, as
     * {@code nl.kamergraaf.vocab.Shapes.FILES} lists them (issue 3). A release includes the union of those present as
     * shapes.ttl. Once that class is on this branch, {@link #shapes()} should simply call {@code Shapes.load()}.
     */
    /** What a finished dump made. */
    public record Release(String id, Path folder, LocalDate date, List<ReleaseFile> files, long triples, long quads) {}

    private final DatasetGraph dataset;
    private final Publication publication;
    private long inMemoryLimit = SortedStoreReader.DEFAULT_IN_MEMORY_LIMIT;

    public ReleaseWriter(DatasetGraph dataset, Publication publication) {
        this.dataset = Objects.requireNonNull(dataset);
        this.publication = Objects.requireNonNull(publication);
    }

    /** How many quads the sort keeps in memory before spilling a run to disk. */
    public ReleaseWriter inMemoryLimit(long limit) {
        this.inMemoryLimit = limit;
        return this;
    }

    public Release write(ReleaseDirectory releases) throws IOException {
        Path partial = releases.newPartial();
        try {
            return write(releases, partial);
        } catch (IOException | RuntimeException e) {
            PointedFolder.deleteTree(partial);
            throw e;
        }
    }

    private Release write(ReleaseDirectory releases, Path dir) throws IOException {
        LOG.info("Reading the dates and examples of the data");
        DatasetStatistics.Dates dates = DatasetStatistics.dates(dataset, publication.uriSpace());
        SortedStoreReader reader = new SortedStoreReader(dataset, inMemoryLimit);

        LOG.info("Writing {}", DumpFormat.NQUADS.fileName());
        long quads;
        try (OutputStream out = gzip(dir.resolve(DumpFormat.NQUADS.fileName()))) {
            StreamRDF nq = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            nq.start();
            quads = reader.forEachQuad(nq::quad);
            nq.finish();
        }

        LOG.info("Writing {}, {} and {}", DumpFormat.NTRIPLES.fileName(), DumpFormat.TURTLE.fileName(), DumpFormat.JSONLD.fileName());
        long triples;
        DatasetStatistics stats;
        try (TripleStatistics counter = new TripleStatistics(publication.uriSpace(), inMemoryLimit);
             OutputStream ntOut = gzip(dir.resolve(DumpFormat.NTRIPLES.fileName()));
             OutputStream ttlOut = gzip(dir.resolve(DumpFormat.TURTLE.fileName()));
             Writer jsonOut = new OutputStreamWriter(plain(dir.resolve(DumpFormat.JSONLD.fileName())), StandardCharsets.UTF_8)) {
            StreamRDF nt = StreamRDFWriter.getWriterStream(ntOut, RDFFormat.NTRIPLES);
            StreamRDF ttl = StreamRDFWriter.getWriterStream(ttlOut, RDFFormat.TURTLE_BLOCKS);
            nt.start();
            ttl.start();
            ReleasePrefixes.sorted().forEach(ttl::prefix);
            try (JsonLdStreamWriter json = new JsonLdStreamWriter(jsonOut)) {
                triples = reader.forEachTriple(t -> {
                    nt.triple(t);
                    ttl.triple(t);
                    json.triple(t);
                    counter.accept(t);
                });
            }
            nt.finish();
            ttl.finish();
            stats = counter.finish(dates);
        }

        writeSortedTurtle(Ontology.load().getGraph(), dir.resolve(DumpFormat.ONTOLOGY.fileName()));
        Optional<Model> shapes = shapes();
        if (shapes.isPresent()) {
            writeSortedTurtle(shapes.get().getGraph(), dir.resolve(DumpFormat.SHAPES.fileName()));
        } else {
            LOG.info("The ontology module ships no data shapes: the release has no {}", DumpFormat.SHAPES.fileName());
        }

        TableWriter tables = new TableWriter(dataset, inMemoryLimit);
        for (ReleaseTable table : ReleaseTables.ALL) tables.write(table, dir.resolve(table.fileName()));
        CsvwMetadata.write(ReleaseTables.ALL, dir.resolve(DumpFormat.TABLES_METADATA.fileName()));

        List<ReleaseFile> dataFiles = new ArrayList<>();
        for (DumpFormat f : DumpFormat.values()) {
            Path file = dir.resolve(f.fileName());
            if (Files.exists(file)) dataFiles.add(describe(file));
        }
        LocalDate date = stats.lastModified().orElseGet(() -> {
            LOG.warn("The data holds no dates: the release is dated today, so a run tomorrow gets another id");
            return LocalDate.now(ZoneOffset.UTC);
        });
        String id = date.format(ID_DATE) + "-" + contentHash(dataFiles);

        writeSortedTurtle(new CatalogDescription(publication).build(id, date, stats, dataFiles).getGraph(),
                dir.resolve(ReleaseDirectory.CATALOG));
        writeSortedTurtle(new VoidDescription(publication).build(id, stats, dataFiles).getGraph(),
                dir.resolve(ReleaseDirectory.VOID));
        List<ReleaseFile> all = new ArrayList<>(dataFiles);
        all.add(describe(dir.resolve(ReleaseDirectory.CATALOG)));
        all.add(describe(dir.resolve(ReleaseDirectory.VOID)));
        StringBuilder sums = new StringBuilder();
        for (ReleaseFile f : all) sums.append(f.sha256()).append("  ").append(f.name()).append('\n');
        Files.writeString(dir.resolve(ReleaseDirectory.SUMS), sums, StandardCharsets.UTF_8);

        Path folder = releases.publish(dir, id);
        LOG.info("Release {} written to {}: {} triples, {} quads", id, folder, triples, quads);
        return new Release(id, folder, date, List.copyOf(all), triples, quads);
    }

    /** The SHACL shapes of the data: the union of the ontology module's shapes files that exist, if any. */
    static Optional<Model> shapes() {
        Model shapes = nl.kamergraaf.vocab.Shapes.load();
        return shapes.isEmpty() ? Optional.empty() : Optional.of(shapes);
    }

    /**
     * A small graph as Turtle with fixed prefixes, blank nodes named by their content and triples in sorted order, so
     * it is the same bytes every run.
     */
    static void writeSortedTurtle(Graph graph, Path file) throws IOException {
        List<Triple> sorted = new ArrayList<>(CanonicalBlankNodes.relabel(graph));
        sorted.sort((a, b) -> {
            int c = NodeCmp.compareRDFTerms(a.getSubject(), b.getSubject());
            if (c == 0) c = NodeCmp.compareRDFTerms(a.getPredicate(), b.getPredicate());
            return c != 0 ? c : NodeCmp.compareRDFTerms(a.getObject(), b.getObject());
        });
        Map<String, String> prefixes = ReleasePrefixes.sorted();
        graph.getPrefixMapping().getNsPrefixMap().forEach(prefixes::putIfAbsent);
        try (OutputStream out = plain(file)) {
            StreamRDF ttl = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            ttl.start();
            new java.util.TreeMap<>(prefixes).forEach(ttl::prefix);
            sorted.forEach(ttl::triple);
            ttl.finish();
        }
    }

    private static OutputStream plain(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** Gzip with no file name and modification time 0 in the header: the same input gives the same bytes. */
    private static OutputStream gzip(Path file) throws IOException {
        return new GZIPOutputStream(plain(file), 1 << 16);
    }

    static ReleaseFile describe(Path file) throws IOException {
        return new ReleaseFile(file.getFileName().toString(), Files.size(file), sha256(file));
    }

    static String sha256(Path file) throws IOException {
        return new DigestUtils(MessageDigestAlgorithms.SHA_256).digestAsHex(file);
    }

    /** The first 12 hex digits of the SHA-256 over the data files' names and checksums. */
    private static String contentHash(List<ReleaseFile> files) {
        MessageDigest digest = DigestUtils.getSha256Digest();
        for (ReleaseFile f : files) DigestUtils.updateDigest(digest, f.sha256() + "  " + f.name() + "\n");
        return Hex.encodeHexString(digest.digest()).substring(0, 12);
    }
}
