package nl.kamergraaf.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.BundledStore;
import nl.kamergraaf.server.release.Publication;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.LiveStoreServer;
import nl.kamergraaf.store.StoreDirectory;

/** {@code kamergraaf dump} from the command line: a release in the store's dumps folder, or a clear failure. */
class DumpCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KamergraafCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    // slow: writes a whole release of data/ through the command line; ReleaseWriterTest covers the
    // release in the quick loop.
    @Tag("slow")
    @Test
    void dumpWritesAReleaseIntoTheStoresDumpsFolderWithThePublicUrlInTheCatalog() throws Exception {
        Path store = BundledStore.copy(tmp.resolve("store")).root();

        Run dump = run("dump", "--store", store.toString(), "--public-url", "https://data.example.org");
        assertEquals(ExitCodes.OK, dump.code(), dump.err());
        String id = Files.readString(store.resolve("dumps/LATEST")).strip();
        assertTrue(dump.err().contains("release " + id), dump.err());
        Path release = store.resolve("dumps").resolve(id);
        for (String name : new String[] {"kamergraaf.nq.gz", "kamergraaf.nt.gz", "kamergraaf.ttl.gz", "kamergraaf.jsonld",
                "ontologie.ttl", "catalog.ttl", "void.ttl", "SHA256SUMS"}) {
            assertTrue(Files.isRegularFile(release.resolve(name)), name);
        }
        assertTrue(dump.out().contains("  kamergraaf.nt.gz"), "stdout lists the files with checksum and size: " + dump.out());

        Model catalog = RDFDataMgr.loadModel(release.resolve("catalog.ttl").toString());
        assertTrue(catalog.contains(null, catalog.createProperty("http://www.w3.org/ns/dcat#downloadURL"),
                catalog.createResource("https://data.example.org/dumps/" + id + "/kamergraaf.nt.gz")));
        assertTrue(catalog.contains(null, catalog.createProperty("http://www.w3.org/ns/dcat#endpointURL"),
                catalog.createResource("https://data.example.org/sparql")));
    }

    @Test
    void dumpOfAStoreWithNoDataFailsWithExitCode3AndSaysWhy() {
        Run dump = run("dump", "--store", tmp.resolve("empty").toString());
        assertEquals(ExitCodes.FAILED, dump.code());
        assertTrue(dump.err().contains("has no data yet"), dump.err());
        assertTrue(Files.notExists(tmp.resolve("empty/dumps/LATEST")));
    }

    @Test
    void dumpOfAStoreARunningServerHoldsHasTheServerWriteTheRelease() throws Exception {
        Path store = tmp.resolve("store");
        Path data = tmp.resolve("data.nq");
        Files.writeString(data, "<http://localhost:3030/id/document/D1> <http://purl.org/dc/terms/identifier> \"D1\" "
                + "<http://localhost:3030/graph/test/D1> .\n", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, run("load", "--store", store.toString(), data.toString()).code());
        LiveStoreServer.Options options = new LiveStoreServer.Options(Duration.ofMillis(200),
                Optional.of(Publication.at("http://localhost:3030")), 3, Duration.ZERO);
        try (LiveStoreServer live = LiveStoreServer.start(new StoreDirectory(store), KamergraafServer.create().extensions(ServerAssembly.extensions()).port(0), options)) {
            Run refused = run("dump", "--store", store.toString(), "--out", tmp.resolve("elsewhere").toString());
            assertEquals(ExitCodes.USAGE, refused.code(), refused.err());
            assertTrue(refused.err().contains("the store is being served"), refused.err());

            Run dump = run("dump", "--store", store.toString(), "--wait", "600");
            assertEquals(ExitCodes.OK, dump.code(), dump.err());
            String id = Files.readString(store.resolve("dumps/LATEST")).strip();
            assertTrue(dump.err().contains("release " + id), dump.err());
            assertTrue(dump.out().contains("  kamergraaf.nq.gz"), "stdout lists the files: " + dump.out());
            assertTrue(live.server().port() > 0, "the server kept running");
        }
    }
}
