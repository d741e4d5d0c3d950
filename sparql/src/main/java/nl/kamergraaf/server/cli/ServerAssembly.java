package nl.kamergraaf.server.cli;

import java.util.List;

import nl.kamergraaf.server.OntologyExtension;
import nl.kamergraaf.server.QueryPage;
import nl.kamergraaf.server.ServerExtension;
import nl.kamergraaf.server.alerts.AlertSyncHook;
import nl.kamergraaf.server.alerts.AlertsExtension;
import nl.kamergraaf.server.changes.ChangeFeedExtension;
import nl.kamergraaf.server.linkeddata.LinkedDataExtension;
import nl.kamergraaf.server.linkeddata.SearchExtension;
import nl.kamergraaf.server.release.DistributionExtension;
import nl.kamergraaf.server.replica.ReplicationExtension;
import nl.kamergraaf.store.sync.FullTextSyncHook;
import nl.kamergraaf.store.sync.SyncHook;

/**
 * The parts a `kamergraaf serve` or `kamergraaf sync` runs with. Assembled here, at the top, so that the server core
 * and the store know none of the features plugged into them (no arrow runs back up the layers).
 */
public final class ServerAssembly {
    private ServerAssembly() {}

    /** The server's extensions, in the order they are configured (the linked-data pages last: they take the rest). */
    public static List<ServerExtension> extensions() {
        return List.of(
                new QueryPage(),
                new OntologyExtension(),
                new DistributionExtension(),
                new ChangeFeedExtension(),
                new AlertsExtension(),
                new SearchExtension(),
                new ReplicationExtension(),
                new LinkedDataExtension()
        );
    }

    /** What every sync runs after each committed batch: the full-text index follows, the alerts journal records. */
    public static List<SyncHook> syncHooks() {
        return List.of(new FullTextSyncHook(), new AlertSyncHook());
    }
}
