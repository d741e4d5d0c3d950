package nl.kamergraaf.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;

/** Broken pages are reported by file and field, skipped whole, and the good page beside them is still loaded. */
class BrokenPagesTest {
    @TempDir
    Path tmp;

    @Test
    void brokenPagesAreReportedByFileAndFieldAndTheGoodPageIsStillLoaded() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String seed = Files.readString(ProjectFiles.seedPage());
        Files.writeString(in.resolve("good.txt"), seed);
        Files.writeString(in.resolve("no-nummer.txt"), seed.replace("Nummer: 2024D50227, ", "")
                .replace("Motie kamerleden", "Motie kamerleden"));
        Files.writeString(in.resolve("bad-date.txt"), seed.replace("2024D50227", "2024D99999").replace("datum: 2024-12-16", "datum: 2024-13-45"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.copy(ProjectFiles.dataDir().resolve("gazetteer/entiteiten.ttl"), in.resolve("gazetteer.ttl"));

        Path store = tmp.resolve("store");
        CliRun run = CliRun.mapAndLoad(store, in);
        assertEquals(ExitCodes.RECORDS_SKIPPED, run.exitCode(), run.stderr());
        String messages = run.stderr();
        assertTrue(messages.contains(in.resolve("no-nummer.txt") + ", record page, field 'Nummer'"), messages);
        assertTrue(messages.contains(in.resolve("bad-date.txt") + ", record page, field 'datum': '2024-13-45'"), messages);
        assertTrue(messages.contains(in.resolve("empty.txt") + ", record page: empty file"), messages);
        assertTrue(messages.contains("3 record(s) skipped"), messages);

        DatasetGraph dsg = KamergraafDataset.openCurrent(new StoreDirectory(store));
        try {
            assertTrue(ask(dsg, "ASK { <http://localhost:3030/id/document/2024D50227> ?p ?o }"), "the good page is loaded");
            assertFalse(ask(dsg, "ASK { <http://localhost:3030/id/document/2024D99999> ?p ?o }"), "nothing of the bad-date page");
            assertFalse(ask(dsg, "ASK { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '2024D99999')) }"), "no graph of a bad page");
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static boolean ask(DatasetGraph dsg, String q) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(dsg))) {
                return qe.execAsk();
            }
        });
    }
}
