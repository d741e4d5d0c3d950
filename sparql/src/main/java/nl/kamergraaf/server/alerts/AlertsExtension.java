package nl.kamergraaf.server.alerts;

import java.io.IOException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.server.ServerExtension;
import nl.kamergraaf.store.StoreDirectory;

/**
 * Alerts: saved questions and ready-made subjects as feeds at {@value AlertsPaths#ROOT} (see {@link AlertsServlet});
 * sync fills them through {@link AlertSyncHook}. On start, each saved query not seen before gets its baseline, so that
 * what the next sync brings is news.
 */
public final class AlertsExtension implements ServerExtension {
    private static final Logger LOG = LoggerFactory.getLogger(AlertsExtension.class);

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        fuseki.addServlet(AlertsPaths.ROOT + "/*", new AlertsServlet(context));
        context.storeRoot().ifPresent(root -> new StoreDirectory(root).current().ifPresent(build -> {
            try {
                for (SavedQuery q : SavedQuery.all(root)) {
                    try {
                        AlertSyncHook.baseline(context.dataset(), AlertJournal.of(build), q);
                    } catch (IOException | RuntimeException e) {
                        // the feed's first request tries again; the other queries go on
                        LOG.error("Alerts: cannot take the baseline of {}: {}", q.file(), e.getMessage());
                    }
                }
            } catch (IOException e) {
                LOG.error("Alerts: cannot read the saved queries of {}: {}", root, e.getMessage());
            }
        }));
    }
}
