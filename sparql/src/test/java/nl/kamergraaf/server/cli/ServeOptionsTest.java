package nl.kamergraaf.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of 'serve' are checked before anything is loaded or opened, with a message that names them. */
class ServeOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aNonPositiveRowCapOrTimeoutIsRefusedWithAClearMessageAndNothingIsLoaded() {
        for (String[] limits : new String[][] {{"--max-rows", "0"}, {"--timeout", "-5"}}) {
            CliRun run = CliRun.of("serve", "--port", "0", "--store", dir.resolve("store").toString(), limits[0], limits[1]);
            String message = run.stderr();
            assertEquals(ExitCodes.USAGE, run.exitCode(), message);
            assertTrue(message.contains("--timeout and --max-rows must be positive"), message);
            assertTrue(Files.notExists(dir.resolve("store")), "nothing was loaded");
        }
    }
}
