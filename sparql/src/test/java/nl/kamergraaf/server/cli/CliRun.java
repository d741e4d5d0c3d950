package nl.kamergraaf.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the kamergraaf command line in-process and keeps what it said on stderr, for tests of its messages. */
record CliRun(int exitCode, String stderr) {
    static CliRun of(String... args) {
        StringWriter err = new StringWriter();
        int code = KamergraafCommand.commandLine().setErr(new PrintWriter(err, true)).execute(args);
        return new CliRun(code, err.toString());
    }
}
