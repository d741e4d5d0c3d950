package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            int code;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                code = KamergraafCommand.commandLine().execute("serve", "--port", "0", "--store", dir.resolve("store").toString(),
                        limits[0], limits[1]);
            } finally {
                System.setErr(old);
            }
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(ExitCodes.USAGE, code, message);
            assertTrue(message.contains("--timeout and --max-rows must be positive"), message);
            assertTrue(Files.notExists(dir.resolve("store")), "nothing was loaded");
        }
    }
}
