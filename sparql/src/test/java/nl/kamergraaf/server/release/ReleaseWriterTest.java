package nl.kamergraaf.server.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.ARQ;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.kamergraaf.vocab.Ontology;

/**
 * A release of the bundled data, written from a real TDB2 store and read back by both Jena and RDF4J Rio: every
 * dump holds exactly the store's content, and writing twice gives the same bytes.
 */
class ReleaseWriterTest {
    @TempDir
    static Path tmp;

    static DatasetGraph store;
    static ReleaseWriter.Release release;

    @BeforeAll
    static void dumpTheBundledData() throws Exception {
        store = MappedStore.create(tmp.resolve("store"));
        release = new ReleaseWriter(store, Publication.at(MappedStore.BASE)).write(new ReleaseDirectory(tmp.resolve("dumps-a")));
    }

    @AfterAll
    static void close() {
        if (store != null) TDBInternal.expel(store);
    }

    private static long sparqlCount(String query) {
        return Txn.calculateRead(store, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(store))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static byte[] content(DumpFormat f) throws Exception {
        byte[] raw = Files.readAllBytes(release.folder().resolve(f.fileName()));
        if (!f.gzipped()) return raw;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        }
    }

    // slow: writes a second whole release; gzipHeadersCarryNoModificationTimeAndNoFileName and
    // theReleaseIdIsTheDateOfTheLatestChangeInTheDataAndAContentHash keep what makes the bytes repeatable quick.
    @Tag("slow")
    @Test
    void aSecondDumpOfTheSameStoreGivesTheSameReleaseIdAndTheSameBytesEvenWhenTheSortSpillsToDisk() throws Exception {
        // An in-memory limit of 1,000 quads makes the external sort spill about a hundred runs to disk (the bundled
        // data has some 100,000 quads) and merge them; a limit of a few quads proves no more, at the cost of minutes.
        ReleaseWriter.Release again = new ReleaseWriter(store, Publication.at(MappedStore.BASE)).inMemoryLimit(1_000)
                .write(new ReleaseDirectory(tmp.resolve("dumps-b")));
        assertEquals(release.id(), again.id());
        assertEquals(release.files(), again.files());
        for (ReleaseFile f : release.files()) {
            assertArrayEquals(Files.readAllBytes(release.folder().resolve(f.name())),
                    Files.readAllBytes(again.folder().resolve(f.name())), f.name() + " differs between two dumps");
        }
        assertArrayEquals(Files.readAllBytes(release.folder().resolve(ReleaseDirectory.SUMS)),
                Files.readAllBytes(again.folder().resolve(ReleaseDirectory.SUMS)));
    }

    // slow: writes another whole release through a served store; DumpCommandTest's
    // dumpOfAStoreARunningServerHoldsHasTheServerWriteTheRelease keeps that path covered quick.
    @Tag("slow")
    @Test
    void aStoreServedWithAShortQueryTimeoutStillGetsItsWholeRelease() throws Exception {
        // A served dataset carries the endpoint's timeout in its context; the release's own queries must not inherit it.
        Object before = store.getContext().get(ARQ.queryTimeout);
        store.getContext().set(ARQ.queryTimeout, "1");
        try {
            ReleaseWriter.Release served = new ReleaseWriter(store, Publication.at(MappedStore.BASE))
                    .write(new ReleaseDirectory(tmp.resolve("dumps-served")));
            assertEquals(release.id(), served.id());
            assertEquals(release.files(), served.files());
        } finally {
            if (before == null) store.getContext().remove(ARQ.queryTimeout);
            else store.getContext().set(ARQ.queryTimeout, before);
        }
    }

    @Test
    void theReleaseIdIsTheDateOfTheLatestChangeInTheDataAndAContentHash() {
        assertTrue(release.id().matches("\\d{8}-[0-9a-f]{12}"), release.id());
        // The seed letter was last changed on 2024-12-17 (its 'Bijgewerkt'); no later date is in the bundled data.
        assertTrue(release.id().compareTo("20241217") >= 0, release.id());
        assertEquals(release.date().toString().replace("-", ""), release.id().substring(0, 8));
    }

    @Test
    void theLatestPointerNamesTheRelease() {
        assertEquals(release.id(), new ReleaseDirectory(tmp.resolve("dumps-a")).latest().orElseThrow());
    }

    @Test
    void gzipHeadersCarryNoModificationTimeAndNoFileName() throws Exception {
        for (DumpFormat f : DumpFormat.values()) {
            if (!f.gzipped()) continue;
            byte[] raw = Files.readAllBytes(release.folder().resolve(f.fileName()));
            assertEquals(0x1f, raw[0] & 0xff);
            assertEquals(0x8b, raw[1] & 0xff);
            assertEquals(0, raw[3], f + ": no FNAME/FCOMMENT/FEXTRA flags");
            assertArrayEquals(new byte[4], new byte[] {raw[4], raw[5], raw[6], raw[7]}, f + ": MTIME is 0");
        }
    }

    @Test
    void sha256sumsListsEveryFileWithItsTrueChecksumAndSize() throws Exception {
        List<ReleaseFile> listed = new ReleaseDirectory(tmp.resolve("dumps-a")).files(release.id());
        assertEquals(release.files(), listed);
        for (ReleaseFile f : listed) {
            assertEquals(ReleaseWriter.sha256(release.folder().resolve(f.name())), f.sha256(), f.name());
            assertEquals(Files.size(release.folder().resolve(f.name())), f.bytes(), f.name());
        }
        assertTrue(listed.stream().map(ReleaseFile::name).toList().containsAll(List.of(
                "kamergraaf.nq.gz", "kamergraaf.nt.gz", "kamergraaf.ttl.gz", "kamergraaf.jsonld", "ontologie.ttl",
                ReleaseDirectory.CATALOG, ReleaseDirectory.VOID)));
    }

    // slow: parses every triple dump back into a graph of the whole store; in the quick loop
    // theCatalogAndVoidFilesReadTheSameInJenaAndRio and sha256sumsListsEveryFileWithItsTrueChecksumAndSize check the files.
    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DumpFormat.class, names = {"NTRIPLES", "TURTLE", "JSONLD"})
    void jenaReadsEachTripleDumpBackAsExactlyTheStoresDefaultGraph(DumpFormat f) throws Exception {
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(content(f))).lang(f.lang()).parse(parsed);
        long count = sparqlCount("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertTrue(count > 500, "the bundled data is more than a handful of triples: " + count);
        assertEquals(count, parsed.size());
        assertEquals(count, release.triples());
        assertTrue(parsed.isIsomorphicWith(MappedStore.unionGraph(store)), f + " is not the store's default graph");
    }

    // slow: parses every dump a second time with Rio; theCatalogAndVoidFilesReadTheSameInJenaAndRio keeps
    // Rio reading the release covered in the quick loop.
    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DumpFormat.class, names = {"NTRIPLES", "TURTLE", "JSONLD"})
    void rioReadsEachTripleDumpBackAsTheStoresDefaultGraph(DumpFormat f) throws Exception {
        Model parsed = Rio.parse(new ByteArrayInputStream(content(f)), "", rioFormat(f));
        assertEquals(sparqlCount("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), parsed.size());
        // The store's side, serialised by Jena's own writer straight from TDB2 (not from the dump) and read by Rio.
        ByteArrayOutputStream fromStore = new ByteArrayOutputStream();
        RDFDataMgr.write(fromStore, MappedStore.unionGraph(store), Lang.NTRIPLES);
        Model expected = Rio.parse(new ByteArrayInputStream(fromStore.toByteArray()), "", RDFFormat.NTRIPLES);
        assertTrue(Models.isomorphic(expected, parsed), f + " read by Rio is not the store's default graph");
    }

    // slow: reads the whole N-Quads dump into two quad sets; sha256sumsListsEveryFileWithItsTrueChecksumAndSize
    // keeps the N-Quads file covered in the quick loop.
    @Tag("slow")
    @Test
    void theNQuadsDumpKeepsEveryQuadInItsRecordGraphForJenaAndRio() throws Exception {
        byte[] nquads = content(DumpFormat.NQUADS);
        long quads = sparqlCount("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        long graphs = sparqlCount("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(quads, release.quads());

        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(parsed);
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store, () -> store.find().forEachRemaining(expected::add));
        assertEquals(quads, parsed.stream().count());
        assertEquals(graphs, parsed.stream().map(q -> q.getGraph()).distinct().count());
        assertTrue(IsoMatcher.isomorphic(expected, parsed), "the N-Quads dump is not the store");

        Model rio = Rio.parse(new ByteArrayInputStream(nquads), "", RDFFormat.NQUADS);
        assertEquals(quads, rio.size());
        assertEquals(graphs, rio.contexts().size());
        ByteArrayOutputStream fromStore = new ByteArrayOutputStream();
        RDFDataMgr.write(fromStore, expected, Lang.NQUADS);
        assertTrue(Models.isomorphic(Rio.parse(new ByteArrayInputStream(fromStore.toByteArray()), "", RDFFormat.NQUADS), rio));
    }

    @Test
    void theOntologyFileIsThePublishedOntologyAndRioReadsIt() throws Exception {
        byte[] ttl = content(DumpFormat.ONTOLOGY);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl)).lang(Lang.TURTLE).parse(parsed);
        assertTrue(parsed.isIsomorphicWith(Ontology.load().getGraph()));
        assertEquals(Ontology.load().size(), Rio.parse(new ByteArrayInputStream(ttl), "", RDFFormat.TURTLE).size());
    }

    @Test
    void theShapesFileIsPresentExactlyWhenTheOntologyModuleShipsShapesAndThenHoldsThemAll() throws Exception {
        org.apache.jena.rdf.model.Model expected = nl.kamergraaf.vocab.Shapes.load();
        Path file = release.folder().resolve(DumpFormat.SHAPES.fileName());
        assertEquals(!expected.isEmpty(), Files.exists(file), "shapes.ttl is there if and only if shapes are shipped");
        if (expected.isEmpty()) return;
        byte[] ttl = Files.readAllBytes(file);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl)).lang(Lang.TURTLE).parse(parsed);
        assertTrue(parsed.isIsomorphicWith(expected.getGraph()));
        assertEquals(parsed.size(), Rio.parse(new ByteArrayInputStream(ttl), "", RDFFormat.TURTLE).size());
    }

    @Test
    void theCatalogAndVoidFilesReadTheSameInJenaAndRio() throws Exception {
        for (String name : List.of(ReleaseDirectory.CATALOG, ReleaseDirectory.VOID)) {
            byte[] ttl = Files.readAllBytes(release.folder().resolve(name));
            Graph jena = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(ttl)).lang(Lang.TURTLE).parse(jena);
            Model rio = Rio.parse(new ByteArrayInputStream(ttl), "", RDFFormat.TURTLE);
            assertTrue(jena.size() > 20, name);
            assertEquals(jena.size(), rio.size(), name);
        }
    }

    @Test
    void theJsonLdDumpIsExpandedFormWithOneNodeObjectPerSubject() throws Exception {
        String json = new String(content(DumpFormat.JSONLD), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("[\n{\"@id\":"), json.substring(0, 40));
        long subjects = sparqlCount("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }");
        assertEquals(subjects, json.lines().filter(l -> l.startsWith("{\"@id\":")).count());
    }

    private static RDFFormat rioFormat(DumpFormat f) {
        return switch (f) {
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case TURTLE, ONTOLOGY, SHAPES -> RDFFormat.TURTLE;
            case JSONLD -> RDFFormat.JSONLD;
            case NQUADS -> RDFFormat.NQUADS;
            default -> throw new IllegalArgumentException(f + " is not RDF");
        };
    }
}
