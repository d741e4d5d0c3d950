package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.sync.RecordGraphMappers;
import nl.kamergraaf.sync.ReplayApi;
import nl.kamergraaf.sync.StandInRecordGraphMapper;

/** {@code kamergraaf sync} as a user runs it, against the replaying API on loopback and a store in a temp folder. */
class SyncCommandTest {
    @TempDir
    Path dir;
    ReplayApi api;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void start() throws Exception {
        api = new ReplayApi();
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        SyncCommand.recordMappers = StandInRecordGraphMapper::new; // TEST STAND-IN until the OData mapping is merged
    }

    @AfterEach
    void stop() {
        System.setErr(originalErr);
        SyncCommand.recordMappers = RecordGraphMappers::forBase;
        api.close();
    }

    private int sync() {
        err.reset();
        return KamergraafCommand.commandLine().execute("sync", "--store", dir.resolve("store").toString(), "--api", api.baseUrl(),
                "--category", "Zaak,Document,Stemming", "--attempts", "2", "--retry-delay", "1");
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void syncAppliesTheChangesAndThenSaysNothingChanged() {
        assertEquals(ExitCodes.OK, sync(), this::stderr);
        assertTrue(stderr().contains("kamergraaf sync: 15 record(s) changed, 4 deleted"), stderr());

        assertEquals(ExitCodes.OK, sync(), this::stderr);
        assertTrue(stderr().contains("kamergraaf sync: nothing changed"), stderr());

        DatasetGraph dsg = KamergraafDataset.openCurrent(new StoreDirectory(dir.resolve("store")));
        try {
            long tombstones = Txn.calculateRead(dsg, () -> {
                try (var qe = QueryExecutionFactory.create(
                        "SELECT ?x { ?x a <https://w3id.org/kamergraaf/def#VerwijderdRecord> }", DatasetImpl.wrap(dsg))) {
                    long n = 0;
                    for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
                    return n;
                }
            });
            assertEquals(4, tombstones);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void aSourceThatStaysDownFailsWithAClearMessageAndTheStoreStaysAsItWas() {
        assertEquals(ExitCodes.OK, sync(), this::stderr);
        Set<Quad> before = quads();
        api.down(true);

        assertEquals(ExitCodes.FAILED, sync());

        assertTrue(stderr().contains("kamergraaf sync: stopped: Zaak: The source did not answer: GET " + api.baseUrl()), stderr());
        assertTrue(stderr().contains("HTTP 503"), stderr());
        assertEquals(before, quads());
    }

    @Test
    void withoutARecordMappingSyncRefusesToStartAndSaysWhy() {
        SyncCommand.recordMappers = RecordGraphMappers::forBase;
        assertEquals(ExitCodes.FAILED, sync());
        assertTrue(stderr().contains("no OData record mapping yet"), stderr());
    }

    @Test
    void anUnknownCategoryIsRefusedBeforeAnythingIsFetched() {
        err.reset();
        int exit = KamergraafCommand.commandLine().execute("sync", "--store", dir.resolve("store").toString(), "--api", api.baseUrl(),
                "--category", "Zaak,Zaakk");
        assertEquals(ExitCodes.FAILED, exit);
        assertTrue(stderr().contains("unknown category 'Zaakk'"), stderr());
        assertEquals(0, api.requests());
    }

    private Set<Quad> quads() {
        DatasetGraph dsg = KamergraafDataset.openCurrent(new StoreDirectory(dir.resolve("store")));
        try {
            return Txn.calculateRead(dsg, () -> {
                Set<Quad> q = new HashSet<>();
                dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q::add);
                return q;
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
