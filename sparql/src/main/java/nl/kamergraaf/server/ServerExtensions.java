package nl.kamergraaf.server;

import java.util.List;

/** The extensions a default server runs with, in the order they are configured. */
public final class ServerExtensions {
    private ServerExtensions() {}

    public static List<ServerExtension> defaults() {
        return List.of(
                new QueryPage(),
                new OntologyExtension(),
                new nl.kamergraaf.distribution.DistributionExtension(),
                new nl.kamergraaf.server.changes.ChangeFeedExtension(),
                new nl.kamergraaf.alerts.AlertsExtension(),
                new nl.kamergraaf.linkeddata.SearchExtension(),
                new nl.kamergraaf.replica.ReplicationExtension(),
                new nl.kamergraaf.linkeddata.LinkedDataExtension()
        );
    }
}
