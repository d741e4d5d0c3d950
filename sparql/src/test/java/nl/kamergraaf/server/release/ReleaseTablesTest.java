package nl.kamergraaf.server.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV tables of a release, written from a real TDB2 store of the bundled data and read back with Commons CSV:
 * a row per thing of the class, cells that say what SPARQL says about the thing, and CSVW metadata that matches
 * the files column by column.
 */
class ReleaseTablesTest {
    private static final String SEED_LETTER = MappedStore.BASE + "/id/document/2024D50227";

    @TempDir
    static Path tmp;

    static DatasetGraph store;
    static final Map<ReleaseTable, List<CSVRecord>> ROWS = new HashMap<>();
    static final Map<ReleaseTable, List<String>> HEADERS = new HashMap<>();

    @BeforeAll
    static void writeTheTablesOfTheBundledData() throws Exception {
        store = MappedStore.create(tmp.resolve("store"));
        TableWriter writer = new TableWriter(store);
        for (ReleaseTable table : ReleaseTables.ALL) {
            Path file = tmp.resolve(table.fileName());
            long written = writer.write(table, file);
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser csv = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().get())) {
                HEADERS.put(table, csv.getHeaderNames());
                ROWS.put(table, csv.getRecords());
            }
            assertEquals(written, ROWS.get(table).size(), table.fileName());
        }
        CsvwMetadata.write(ReleaseTables.ALL, tmp.resolve(DumpFormat.TABLES_METADATA.fileName()));
    }

    @AfterAll
    static void close() {
        if (store != null) TDBInternal.expel(store);
    }

    private static List<QuerySolution> select(String query) {
        return Txn.calculateRead(store, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(ReleaseTables.PREFIXES + query, DatasetFactory.wrap(store))) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private static Set<String> values(String query) {
        Set<String> values = new TreeSet<>();
        for (QuerySolution s : select(query)) {
            RDFNode v = s.get("v");
            values.add(v.isLiteral() ? v.asLiteral().getLexicalForm() : v.asResource().getURI());
        }
        return values;
    }

    private static CSVRecord row(ReleaseTable table, String iri) {
        return ROWS.get(table).stream().filter(r -> r.get(ReleaseTable.IRI_COLUMN).equals(iri)).findFirst()
                .orElseThrow(() -> new AssertionError(table.fileName() + " has no row for " + iri));
    }

    private static Set<String> cell(CSVRecord row, String column) {
        String cell = row.get(column);
        return cell.isEmpty() ? Set.of() : new TreeSet<>(List.of(cell.split(" \\| ")));
    }

    @Test
    void everyTableHasOneRowPerThingOfItsClassInIriOrder() {
        for (ReleaseTable table : ReleaseTables.ALL) {
            long things = select("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + table.classIri() + "> }").get(0).getLiteral("n").getLong();
            assertTrue(things > 0, table.classIri() + " has instances in the bundled data");
            List<String> iris = ROWS.get(table).stream().map(r -> r.get(ReleaseTable.IRI_COLUMN)).toList();
            assertEquals(things, iris.size(), table.fileName() + " rows");
            assertEquals(iris.stream().sorted().distinct().toList(), iris, table.fileName() + " rows are sorted and distinct");
            assertEquals(table.header(), HEADERS.get(table), table.fileName() + " header");
        }
    }

    @Test
    void theSeedLettersRowHoldsItsNumberDateDossiersAndCitationsAsTheGraphStatesThem() {
        CSVRecord letter = row(ReleaseTables.DOCUMENTEN, SEED_LETTER);
        assertEquals(Set.of("2024D50227"), cell(letter, "documentnummer"));
        assertEquals(values("SELECT ?v { <" + SEED_LETTER + "> kg:datum ?v }"), cell(letter, "datum"));
        Set<String> dossiers = values("SELECT ?v { <" + SEED_LETTER + "> kg:dossier ?v }");
        assertEquals(2, dossiers.size(), "the letter belongs to two dossiers");
        assertEquals(dossiers, cell(letter, "dossier"));
        assertEquals(values("SELECT ?v { <" + SEED_LETTER + "> kg:citeert ?v }"), cell(letter, "citeert"));
        assertEquals(values("SELECT ?v { <" + SEED_LETTER + "> kg:documentsoort/skos:prefLabel ?v FILTER(LANG(?v) = 'nl') }"),
                cell(letter, "soort"));
    }

    @Test
    void aBesluitsVoteCountsAreWhatItsVoteEventCounted() {
        List<QuerySolution> counted = select("""
                SELECT ?b ?v WHERE { ?u a kg:Stemmingsuitslag ; kg:besluit ?b ; opengov:count ?c .
                  ?b a kg:Besluit . ?c opengov:option <https://w3id.org/kamergraaf/def/stemkeuze/voor> ; opengov:value ?v }""");
        assertFalse(counted.isEmpty(), "the bundled data counts votes for some besluiten");
        for (QuerySolution s : counted) {
            CSVRecord besluit = row(ReleaseTables.BESLUITEN, s.getResource("b").getURI());
            assertEquals(s.getLiteral("v").getLexicalForm(), besluit.get("stemmen_voor"), besluit.get(ReleaseTable.IRI_COLUMN));
        }
    }

    @Test
    void aVoteRowNamesItsFractieAndChoiceByLabel() {
        for (CSVRecord vote : ROWS.get(ReleaseTables.STEMMINGEN)) {
            String iri = vote.get(ReleaseTable.IRI_COLUMN);
            assertEquals(values("SELECT ?v { <" + iri + "> opengov:option/skos:prefLabel ?v FILTER(LANG(?v) = 'nl') }"),
                    cell(vote, "keuze"), iri);
            assertEquals(values("SELECT ?v { <" + iri + "> opengov:organization ?v }"), cell(vote, "fractie"), iri);
        }
        assertTrue(ROWS.get(ReleaseTables.STEMMINGEN).stream().anyMatch(r -> r.get("keuze").equals("Voor")));
    }

    @Test
    void theCsvwMetadataDescribesEveryTableColumnByColumnWithItsClassAndSeparator() throws Exception {
        JsonNode metadata = new ObjectMapper().readTree(tmp.resolve(DumpFormat.TABLES_METADATA.fileName()).toFile());
        assertEquals("http://www.w3.org/ns/csvw", metadata.get("@context").get(0).asText());
        JsonNode tables = metadata.get("tables");
        assertEquals(ReleaseTables.ALL.size(), tables.size());
        for (JsonNode t : tables) {
            ReleaseTable table = ReleaseTables.ALL.stream().filter(r -> r.fileName().equals(t.get("url").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("no table " + t.get("url")));
            List<String> names = new ArrayList<>();
            String type = null;
            for (JsonNode c : t.get("tableSchema").get("columns")) {
                if (c.path("virtual").asBoolean()) {
                    assertEquals("rdf:type", c.get("propertyUrl").asText());
                    type = c.get("valueUrl").asText();
                    continue;
                }
                names.add(c.get("name").asText());
                assertTrue(c.has("datatype") && c.get("titles").has("nl") && c.get("titles").has("en"), c.toString());
            }
            assertEquals(HEADERS.get(table), names, table.fileName() + ": metadata columns in header order");
            assertEquals(table.classIri(), type, table.fileName() + ": the class of its rows");
            assertEquals("{+iri}", t.get("tableSchema").get("aboutUrl").asText());
            for (int i = 0; i < table.columns().size(); i++) {
                TableColumn column = table.columns().get(i);
                JsonNode described = t.get("tableSchema").get("columns").get(i + 1);
                assertEquals(column.multiValued() ? " | " : "", described.path("separator").asText(), column.name());
            }
        }
    }

    @Test
    void writingTheTablesTwiceGivesTheSameBytes() throws Exception {
        TableWriter writer = new TableWriter(store);
        for (ReleaseTable table : ReleaseTables.ALL) {
            Path again = tmp.resolve("again-" + table.fileName());
            writer.write(table, again);
            assertEquals(-1L, Files.mismatch(tmp.resolve(table.fileName()), again), table.fileName());
        }
    }

    /** The tables are built through an external sort: spilled to disk in small runs, they must come out the same. */
    @Test
    void aTableSortedInManySpilledRunsIsTheSameBytesAsOneSortedInMemory() throws Exception {
        TableWriter spilling = new TableWriter(store, 50);
        for (ReleaseTable table : ReleaseTables.ALL) {
            Path spilled = tmp.resolve("spilled-" + table.fileName());
            long rows = spilling.write(table, spilled);
            assertEquals(ROWS.get(table).size(), rows, table.fileName());
            assertEquals(-1L, Files.mismatch(tmp.resolve(table.fileName()), spilled), table.fileName());
        }
    }
}
