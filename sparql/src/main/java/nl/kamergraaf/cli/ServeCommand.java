package nl.kamergraaf.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import nl.kamergraaf.mapper.MappingReport;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.QueryPage;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;
import nl.kamergraaf.sync.PeriodicSync;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.mapper.sync.RecordGraphMapper;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serve the store over HTTP: a read-only SPARQL endpoint at http://localhost:<port>/sparql.",
            "With no store yet, it first maps and loads the bundled data (see --data).",
            "SPARQL Update is refused, federated SERVICE calls are off, long queries are cut off by --timeout and",
            "answers are capped at --max-rows rows. The query page for people is at http://localhost:<port>/query.",
            "Listens on loopback only unless --bind-all is given. Stop it with Ctrl-C."},
        footer = {"", "Example: kamergraaf serve --port 3030",
                  "Then:    curl http://localhost:3030/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--bind-all", description = "Listen on all network interfaces, not only on loopback.")
    boolean bindAll;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 30;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "The most rows one query returns; a larger or missing LIMIT is lowered to it (default: ${DEFAULT-VALUE}).")
    long maxRows = KamergraafServer.DEFAULT_MAX_ROWS;

    @Option(names = "--data", paramLabel = "SOURCE",
            description = "What to map and load when the store is empty (default: ${DEFAULT-VALUE}).")
    List<Path> data = List.of(Path.of("data"));

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    MapOptions mapOptions;

    @Option(names = "--sync-interval", paramLabel = "MINUTES",
            description = "Also keep the store current: sync from the API (see 'kamergraaf help sync') at start and then every MINUTES.")
    Long syncIntervalMinutes;

    @Mixin
    SyncOptions syncOptions;

    @Override
    public Integer call() throws Exception {
        if (timeoutSeconds <= 0 || maxRows <= 0) {
            System.err.println("kamergraaf serve: --timeout and --max-rows must be positive (got " + timeoutSeconds + " and " + maxRows + ")");
            return ExitCodes.USAGE;
        }
        StoreDirectory store = storeOptions.directory();
        RecordGraphMapper syncMapper = null;
        if (syncIntervalMinutes != null) {
            try {
                if (syncIntervalMinutes < 1) throw new IllegalArgumentException("--sync-interval must be at least 1 minute");
                syncOptions.apiBase();
                syncMapper = SyncCommand.recordMappers.apply(new UriMinter(mapOptions.base));
            } catch (RuntimeException e) {
                System.err.println("kamergraaf serve: cannot sync: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        if (store.current().isEmpty()) {
            System.err.println("kamergraaf: no store at " + store.root() + " yet; mapping and loading " + data);
            MappingReport[] report = new MappingReport[1];
            new StoreLoader(store).load(out -> {
                try (Progress progress = Progress.start("Mapping and loading")) {
                    report[0] = mapOptions.mapper(data).progress(progress::update).build().map(out);
                }
            });
            MapCommand.summarise(report[0]);
        }
        DatasetGraph dsg = KamergraafDataset.openCurrentWithTextIndex(store);
        try (PeriodicSync sync = startSync(dsg, store, syncMapper); KamergraafServer server = KamergraafServer.create().dataset(dsg).port(port).bindAll(bindAll)
                .base(mapOptions.base).storeRoot(store.root())
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows).build().start()) {
            // Time since the JVM started: what an operator waits for after a restart.
            long readyMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf("kamergraaf: SPARQL endpoint ready at %s (%.1f s after start); query page at %s%s%n",
                    server.sparqlUrl(), readyMillis / 1000.0, server.baseUrl(), QueryPage.PATH);
            server.join();
        } finally {
            KamergraafDataset.close(dsg);
        }
        return ExitCodes.OK;
    }

    /** The server process holds the database, so sync runs here when asked (TDB2 allows one process per database). */
    private PeriodicSync startSync(DatasetGraph dsg, StoreDirectory store, RecordGraphMapper mapper) {
        if (mapper == null) return null;
        System.err.println("kamergraaf: syncing from " + syncOptions.api + " every " + syncIntervalMinutes + " minute(s)");
        return PeriodicSync.start(dsg, store.current().orElseThrow(), mapper,
                syncOptions::feeds, Duration.ofMinutes(syncIntervalMinutes));
    }
}
