package nl.kamergraaf.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.cli.KamergraafCommand;
import nl.kamergraaf.store.sync.SyncFixture;
import nl.kamergraaf.store.sync.SyncMain;
import nl.kamergraaf.store.sync.SyncReport;

/**
 * Sync in a JVM of its own, killed (SIGKILL) halfway: the store it leaves is consistent, a second process cannot open
 * it while the first holds it, and a sync here resumes to exactly the full map of the final state.
 */
@Tag("slow")
class SeparateProcessSyncTest {
    @TempDir
    Path dir;

    @Test
    void aSyncProcessKilledHalfwayResumesHereWithoutLossOrDuplication() throws Exception {
        try (SyncFixture f = new SyncFixture(dir)) {
            TDBInternal.expel(f.dataset); // the child process must be the only one holding the database
            f.dataset = null;
            f.api.stallAtPage(2); // the child applies page 1, then hangs fetching page 2
            Process child = new ProcessBuilder(javaBin(), "-cp", classpath(), SyncMain.class.getName(),
                    f.store.root().toString(), f.api.baseUrl())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            try {
                assertTrue(f.api.awaitStalled(Duration.ofSeconds(60)), "the child never reached page 2");

                // while the child holds the store, a sync in another process refuses it clearly
                StringWriter err = new StringWriter();
                int exit = KamergraafCommand.commandLine().setErr(new PrintWriter(err, true)).execute("sync",
                        "--store", f.store.root().toString(), "--api", f.api.baseUrl(), "--category", "Zaak");
                String message = err.toString();
                assertEquals(3, exit, message);
                assertTrue(message.contains("cannot open the store") && message.contains("stop it first"), message);

                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            } finally {
                child.destroyForcibly();
                f.api.release();
            }

            f.open();
            assertEquals(3, f.sync().changeLog().entries().size(), "the killed process committed page 1 only");
            f.api.healthy();
            SyncReport resumed = f.sync().run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));
            assertTrue(resumed.error().isEmpty(), () -> resumed.error().get());
            assertEquals(0, resumed.unchanged(), "page 1 was not fetched again");
            assertEquals(f.fullMapOfFinalState(), f.syncedRecordGraphs());
            assertEquals(34, f.sync().changeLog().entries().size()); // 28 record graphs, 6 vote event recounts
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) cp = System.getProperty("java.class.path");
        return String.join(File.pathSeparator, List.of(cp.split(File.pathSeparator)));
    }
}
