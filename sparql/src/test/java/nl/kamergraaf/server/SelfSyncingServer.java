package nl.kamergraaf.server;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.tdb2.sys.TDBInternal;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.store.sync.ChangeFeed;
import nl.kamergraaf.store.sync.PeriodicSync;
import nl.kamergraaf.store.sync.RecordGraphMappers;
import nl.kamergraaf.store.sync.SyncFixture;

/** A live server over a {@link SyncFixture}'s store that syncs itself, as {@code serve --sync-interval} runs it. */
final class SelfSyncingServer {
    private SelfSyncingServer() {
    }

    /**
     * Serves the fixture's store with every extension on the port. The test lets go of the store first: the live
     * server opens (and switches) its builds itself.
     */
    static LiveStoreServer serve(SyncFixture f, int port, LiveStoreServer.Options options) {
        TDBInternal.expel(f.dataset);
        f.dataset = null;
        return LiveStoreServer.start(f.store, KamergraafServer.create().extensions(ServerAssembly.extensions()).port(port), options);
    }

    /** Sync from the fixture's replaying API inside the live server, every interval, with the CLI's sync hooks. */
    static PeriodicSync startSync(LiveStoreServer live, SyncFixture f, Supplier<List<ChangeFeed>> feeds, Duration interval) {
        return live.startSync(dsg -> RecordGraphMappers.forStore(f.uris, dsg), feeds, interval, ServerAssembly.syncHooks());
    }
}
