package nl.kamergraaf.server.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import nl.kamergraaf.store.StoreDirectory;

/** Where the TDB2 store lives; shared by the commands that use it. */
final class StoreOptions {
    /** Under the working directory by default, so a checkout is self-contained. */
    static final String DEFAULT_STORE = "kamergraaf-store";

    @Option(names = "--store", paramLabel = "DIR",
            description = "Folder of the TDB2 store (default: ${DEFAULT-VALUE} in the working directory).")
    Path store = Path.of(DEFAULT_STORE);

    StoreDirectory directory() {
        return new StoreDirectory(store);
    }
}
