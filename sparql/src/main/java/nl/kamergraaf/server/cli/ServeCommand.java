package nl.kamergraaf.server.cli;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import nl.kamergraaf.server.release.Publication;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.LiveStoreServer;
import nl.kamergraaf.server.QueryPage;
import nl.kamergraaf.server.replica.ReplicaServer;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.sync.PeriodicSync;
import nl.kamergraaf.store.sync.RecordGraphMappers;
import nl.kamergraaf.mapper.uri.UriMinter;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serve the store over HTTP: a read-only SPARQL endpoint at http://localhost:<port>/sparql.",
            "With no store yet, it first maps and loads the bundled data (see --data).",
            "SPARQL Update is refused, federated SERVICE calls are off, long queries are cut off by --timeout and",
            "answers are capped at --max-rows rows. The query page for people is at http://localhost:<port>/query.",
            "Listens on loopback only unless --bind-all is given. Stop it with Ctrl-C.",
            "",
            "No restart is needed for new data: when 'kamergraaf load' (run beside the server) has made a new build",
            "live, the server switches to it between requests (see --switch-check) and removes the old build once no",
            "request uses it. The server also publishes releases (the files of 'kamergraaf dump') to <store>/dumps",
            "by itself: on start, after each switch, and after a sync that changed the data (see --release-interval);",
            "it keeps the newest --keep-releases of them. See docs/operations.md."},
        footer = {"", "Example: kamergraaf serve --port 3030",
                  "Then:    curl http://localhost:3030/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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
    MappedStoreOptions mappedStore;

    @Option(names = "--sync-interval", paramLabel = "MINUTES",
            description = "Also keep the store current: sync from the API (see 'kamergraaf help sync') at start and then every MINUTES.")
    Long syncIntervalMinutes;

    @Mixin
    SyncOptions syncOptions;

    @Option(names = "--switch-check", paramLabel = "SECONDS",
            description = "How often to look for a new build made live by 'kamergraaf load' (default: ${DEFAULT-VALUE}).")
    long switchCheckSeconds = LiveStoreServer.Options.DEFAULT_SWITCH_CHECK.toSeconds();

    @Option(names = "--no-releases", description = "Do not publish releases to <store>/dumps (run 'kamergraaf dump' yourself).")
    boolean noReleases;

    @Option(names = "--keep-releases", paramLabel = "N",
            description = "How many releases to keep in <store>/dumps; older ones are deleted (default: ${DEFAULT-VALUE}).")
    int keepReleases = LiveStoreServer.Options.DEFAULT_KEEP_RELEASES;

    @Option(names = "--release-interval", paramLabel = "MINUTES",
            description = "After a sync changed the data, wait at least MINUTES since the last release before writing the next "
                    + "(a release reads the whole store; default: ${DEFAULT-VALUE}). A new build from a load is released at once.")
    long releaseIntervalMinutes = LiveStoreServer.Options.DEFAULT_RELEASE_INTERVAL.toMinutes();

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Where people reach this server, for the download and endpoint URLs in the releases' catalog (default: the base).")
    String publicUrl;

    @Option(names = "--replica-of", paramLabel = "URL",
            description = "Serve a read-only replica of the Kamergraaf server at URL: load its latest release (checksum verified), "
                    + "then follow its change feed. No sync, no load, no releases here. See docs/scale-out.md.")
    URI replicaOf;

    @Option(names = "--max-lag", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "A replica answers 503 (Retry-After) when it is further behind its primary than this (default: 5m).")
    Duration maxLag = ReplicaServer.Options.DEFAULT_MAX_LAG;

    @Option(names = "--replica-poll", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often a replica reads its primary's change feed (default: 2s).")
    Duration replicaPoll = ReplicaServer.Options.DEFAULT_POLL;

    @Override
    public Integer call() throws Exception {
        if (timeoutSeconds <= 0 || maxRows <= 0) {
            spec.commandLine().getErr().println("kamergraaf serve: --timeout and --max-rows must be positive (got " + timeoutSeconds + " and " + maxRows + ")");
            return ExitCodes.USAGE;
        }
        if (switchCheckSeconds <= 0 || keepReleases < 1 || releaseIntervalMinutes < 0) {
            spec.commandLine().getErr().println("kamergraaf serve: --switch-check must be positive, --keep-releases at least 1 and --release-interval not negative");
            return ExitCodes.USAGE;
        }
        StoreDirectory store = mappedStore.directory();
        if (replicaOf != null) return serveReplica(store);
        UriMinter syncUris = null;
        if (syncIntervalMinutes != null) {
            try {
                if (syncIntervalMinutes < 1) throw new IllegalArgumentException("--sync-interval must be at least 1 minute");
                syncOptions.check();
                syncUris = new UriMinter(mappedStore.base());
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("kamergraaf serve: cannot sync: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        if (store.current().isEmpty()) {
            spec.commandLine().getErr().println("kamergraaf: no store at " + store.root() + " yet; mapping and loading " + data);
            MapCommand.summarise(mappedStore.mapAndLoad(data).report(), spec.commandLine().getErr());
        }
        KamergraafServer.Builder settings = serverSettings();
        Optional<Publication> releases = noReleases ? Optional.empty()
                : Optional.of(new Publication(mappedStore.base(), publicUrl != null ? publicUrl : mappedStore.base()));
        LiveStoreServer.Options options = new LiveStoreServer.Options(Duration.ofSeconds(switchCheckSeconds), releases,
                keepReleases, Duration.ofMinutes(releaseIntervalMinutes), syncOptions.compaction());
        try (LiveStoreServer live = LiveStoreServer.start(store, settings, options); PeriodicSync sync = startSync(live, syncUris)) {
            KamergraafServer server = live.server();
            spec.commandLine().getErr().printf("kamergraaf: SPARQL endpoint ready at %s (%.1f s after start); query page at %s%s%n",
                    server.sparqlUrl(), secondsSinceStart(), server.baseUrl(), QueryPage.PATH);
            live.join();
        }
        return ExitCodes.OK;
    }

    /** A replica's data comes from its primary only: its release, then its change feed. */
    private int serveReplica(StoreDirectory store) throws Exception {
        if (syncIntervalMinutes != null) {
            spec.commandLine().getErr().println("kamergraaf serve: a replica takes its changes from its primary; --sync-interval is for the primary");
            return ExitCodes.USAGE;
        }
        ReplicaServer.Options options;
        try {
            options = new ReplicaServer.Options(replicaOf, mappedStore.base(), maxLag, replicaPoll, Duration.ofSeconds(switchCheckSeconds));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("kamergraaf serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        KamergraafServer.Builder settings = serverSettings();
        spec.commandLine().getErr().println("kamergraaf: replica of " + replicaOf + " (store " + store.root() + ")");
        try (ReplicaServer replica = ReplicaServer.start(store, settings, options)) {
            KamergraafServer server = replica.server();
            spec.commandLine().getErr().printf("kamergraaf: replica SPARQL endpoint ready at %s (%.1f s after start); lag at %s/$/status%n",
                    server.sparqlUrl(), secondsSinceStart(), server.baseUrl());
            replica.join();
        }
        return ExitCodes.OK;
    }

    /** The server a primary and a replica alike run: every extension, on the port, base and limits given. */
    private KamergraafServer.Builder serverSettings() {
        return KamergraafServer.create().extensions(ServerAssembly.extensions()).port(port).bindAll(bindAll).base(mappedStore.base())
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows);
    }

    /** Time since the JVM started: what an operator waits for after a restart. */
    private static double secondsSinceStart() {
        return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
    }

    /** The server process holds the database, so sync runs here when asked (TDB2 allows one process per database). */
    private PeriodicSync startSync(LiveStoreServer live, UriMinter uris) {
        if (uris == null) return null;
        spec.commandLine().getErr().println("kamergraaf: syncing from " + syncOptions.api + " every " + syncIntervalMinutes + " minute(s)");
        // the same mapping as 'kamergraaf sync', on the served build (with its full-text index)
        return live.startSync(dsg -> RecordGraphMappers.forStore(uris, dsg), syncOptions::feeds, Duration.ofMinutes(syncIntervalMinutes),
                ServerAssembly.syncHooks());
    }
}
