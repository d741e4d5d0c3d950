package nl.kamergraaf.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the kamergraaf command line in-process and keeps what it said on stderr, for tests of its messages. */
record CliRun(int exitCode, String stderr) {
    static CliRun of(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = KamergraafCommand.commandLine().execute(args);
            return new CliRun(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }
}
