package nl.kamergraaf.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;

/**
 * Real OData files loaded through the command line into a real TDB2 store: the besluit with its votes and the zaak
 * page are queryable, and a broken page beside them is reported with file and record and makes the exit code 1.
 */
class ODataLoadTest {
    private static final String PREFIXES = "PREFIX kg: <https://w3id.org/kamergraaf/def#>\n"
            + "PREFIX opengov: <http://www.w3.org/ns/opengov#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    @TempDir
    Path tmp;

    @Test
    void odataPagesLoadIntoTheStoreAndABrokenPageBesideThemIsReported() throws Exception {
        Path data = ProjectFiles.dataDir().resolve("tk-opendata");
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("besluit"));
        Files.createDirectories(in.resolve("zaak"));
        Files.copy(data.resolve("besluit/singular.besluit.json"), in.resolve("besluit/singular.besluit.json"));
        Path zaakPage = data.resolve("zaak/zaak_page_1_fullterm_20251002_231433.json");
        Files.copy(zaakPage, in.resolve("zaak/page.json"));
        Files.writeString(in.resolve("zaak/broken.json"), "[{\"Id\": \"9d0c6a35-7d0b-4bc4-9a0e-6f3f2f0c1e2a\", \"Nummer\": \"2099Z00001\"");

        Path store = tmp.resolve("store");
        CliRun run = CliRun.mapAndLoad(store, in);
        assertEquals(ExitCodes.RECORDS_SKIPPED, run.exitCode(), run.stderr());
        String messages = run.stderr();
        assertTrue(messages.contains(in.resolve("zaak/broken.json") + ", record 1: cut off: the file ends inside record 1"), messages);

        long liveZaken = 0;
        for (JsonNode z : new ObjectMapper().readTree(zaakPage.toFile())) if (!z.path("Verwijderd").asBoolean()) liveZaken++;
        DatasetGraph dsg = KamergraafDataset.openCurrent(new StoreDirectory(store));
        try {
            // The page's zaken plus the one expanded in the besluit.
            assertEquals(List.of(Long.toString(liveZaken + 1)), select(dsg, "SELECT (COUNT(DISTINCT ?z) AS ?n) WHERE { ?z a kg:Zaak }"));
            assertEquals(List.of("Tegen 62", "Voor 88"), select(dsg, """
                    SELECT (CONCAT(?option, " ", STR(?votes)) AS ?n) WHERE {
                      ?event kg:besluit ?b ; opengov:count [ opengov:option/skos:prefLabel ?option ; opengov:value ?votes ] . FILTER(LANG(?option) = "nl")
                      ?b kg:zaak <http://localhost:3030/id/zaak/2022Z17826> .
                    } ORDER BY ?option"""));
            assertEquals(List.of("http://localhost:3030/id/persoon/e6cc253d-14cb-437b-be88-4966f5fcb1f5"),
                    select(dsg, "SELECT ?n WHERE { <http://localhost:3030/id/zaak/2022Z17826> kg:indiener ?n }"));
            assertEquals(List.of("0"), select(dsg, "SELECT (COUNT(*) AS ?n) WHERE { ?z kg:zaaknummer \"2099Z00001\" }"));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static List<String> select(DatasetGraph dsg, String q) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + q, DatasetFactory.wrap(dsg))) {
                List<String> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> {
                    var n = s.get("n");
                    out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                return out;
            }
        });
    }
}
