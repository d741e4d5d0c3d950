package nl.kamergraaf.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the kamergraaf command line in-process and keeps what it said on stderr, for tests of its messages. */
record CliRun(int exitCode, String stderr) {
    static CliRun of(String... args) {
        StringWriter err = new StringWriter();
        int code = KamergraafCommand.commandLine().setErr(new PrintWriter(err, true)).execute(args);
        return new CliRun(code, err.toString());
    }

    /** {@code load --store STORE --map INPUT}: the input mapped and loaded as a new build of the store. */
    static CliRun mapAndLoad(Path store, Path input) {
        return of("load", "--store", store.toString(), "--map", input.toString());
    }
}
