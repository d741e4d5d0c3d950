package nl.kamergraaf.sync;

import java.util.List;

/**
 * The hooks every sync runs after each committed batch: the full-text index follows the changed subjects, and the
 * alerts journal gets its entries (docs/operations.md, "Alerts"). The VoID
 * counts are computed on demand; a hook that caches them would be added here (one line).
 */
public final class SyncHooks {
    private SyncHooks() {}

    public static List<SyncHook> defaults() {
        return List.of(
                new FullTextSyncHook(),
                new nl.kamergraaf.alerts.AlertSyncHook()
        );
    }
}
