package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;
import nl.kamergraaf.vocab.Prefixes;

/**
 * A load killed halfway, in a separate process as a crash or a kill -9 would leave it, changes nothing that is
 * served: the previous store keeps serving all its data (full-text index included), and the next load clears the
 * unfinished build away.
 */
@Tag("slow")
class KilledLoadTest {
    /** Large enough that loading takes seconds on a small machine, so there is a "halfway" to kill it at. */
    private static final int GENERATED_QUADS = 200_000;
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String TEXT = Prefixes.sparql("text") + "SELECT ?s { ?s text:query 'investering' }";

    @TempDir
    Path dir;

    @Test
    void aLoadKilledHalfwayLeavesThePreviousStoreServingAllItsData() throws Exception {
        StoreDirectory store = new StoreDirectory(dir.resolve("store"));
        new StoreLoader(store).load(out -> KamergraafMapper.create().source(ProjectFiles.dataDir()).build().map(out));
        Path live = store.current().orElseThrow();
        Path input = generate(dir.resolve("big.nq"));

        DatasetGraph served = KamergraafDataset.openCurrentWithTextIndex(store);
        Process load = null;
        long quadsBefore;
        int hitsBefore;
        Path partial;
        try (KamergraafServer server = KamergraafServer.create().dataset(served).port(0).extensions(List.of()).build().start()) {
            quadsBefore = count(server);
            assertTrue(quadsBefore > 600, "the bundled data is loaded: " + quadsBefore);
            hitsBefore = textHits(server);
            assertTrue(hitsBefore >= 1, "the full-text index answers before the load");

            Path log = dir.resolve("load.log");
            load = new ProcessBuilder(javaCommand("load", "--store", store.root().toString(), input.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            partial = waitForLoadingHalfway(load, store.root().resolve("builds"), log, input);
            assertTrue(load.isAlive(), "the load was still running when killed");
            load.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            assertTrue(Files.isDirectory(partial), "the killed load left its unfinished build behind");
            assertEquals(live, store.current().orElseThrow(), "the store still points at the previous build");
            assertEquals(quadsBefore, count(server), "the running server still serves all the previous data");
            assertEquals(hitsBefore, textHits(server));
        } finally {
            if (load != null) load.destroyForcibly();
            KamergraafDataset.close(served);
        }

        // A server started now, as after a crash of the machine, reads the store from disk and serves it whole.
        DatasetGraph reopened = KamergraafDataset.openCurrentWithTextIndex(store);
        try (KamergraafServer restarted = KamergraafServer.create().dataset(reopened).port(0).extensions(List.of()).build().start()) {
            assertEquals(quadsBefore, count(restarted));
            assertEquals(hitsBefore, textHits(restarted));
        } finally {
            KamergraafDataset.close(reopened);
        }

        new StoreLoader(store).load(out -> KamergraafMapper.create().source(ProjectFiles.dataDir()).build().map(out));
        assertFalse(Files.exists(partial), "the next load removed the unfinished build");
        assertEquals(List.of(), partials(store.root().resolve("builds")));
    }

    /**
     * Waits until the child process has created its build and is streaming the input into it, and a little more;
     * returns the build. (The whole load takes seconds on an idle machine and much longer on a busy one.)
     */
    private static Path waitForLoadingHalfway(Process load, Path builds, Path log, Path input) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(load.isAlive(), () -> "the load ended before it could be killed: " + read(log));
            List<Path> partials = partials(builds);
            if (!partials.isEmpty() && read(log).contains("Loading " + input)) {
                Thread.sleep(500);
                return partials.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the load did not get halfway in time: " + read(log));
    }

    private static List<Path> partials(Path builds) throws IOException {
        try (Stream<Path> s = Files.list(builds)) {
            return s.filter(p -> p.getFileName().toString().endsWith("-partial")).toList();
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The kamergraaf command in a new JVM with this test's classpath, logging progress as the command does. */
    private static List<String> javaCommand(String... args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dlog4j2.configurationFile=log4j2.xml", "-cp", classpath, "nl.kamergraaf.server.cli.KamergraafCommand"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Generated records: each a graph with a document of a few facts, text included. */
    private static Path generate(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < GENERATED_QUADS / 4; i++) {
                String g = "<http://example.org/graph/" + i + ">";
                String s = "<http://example.org/id/document/" + i + ">";
                w.write(s + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kamergraaf/def#Document> " + g + " .\n");
                w.write(s + " <https://w3id.org/kamergraaf/def#documentnummer> \"G" + i + "\" " + g + " .\n");
                w.write(s + " <https://w3id.org/kamergraaf/def#titel> \"Gegenereerd document " + i + "\"@nl " + g + " .\n");
                w.write(s + " <https://w3id.org/kamergraaf/def#tekst> \"Tekst over investeringen nummer " + i + "\"@nl " + g + " .\n");
            }
        }
        return file;
    }

    private static long count(KamergraafServer server) {
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(COUNT).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static int textHits(KamergraafServer server) {
        int n = 0;
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(TEXT).build()) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
        }
        return n;
    }
}
