package nl.kamergraaf.sync;

import java.util.List;

/**
 * The hooks every sync runs after each committed batch. The full-text index and the VoID counts are built on other
 * branches; each adds its hook here (one line) when it lands.
 */
public final class SyncHooks {
    private SyncHooks() {}

    public static List<SyncHook> defaults() {
        return List.of(
        );
    }
}
