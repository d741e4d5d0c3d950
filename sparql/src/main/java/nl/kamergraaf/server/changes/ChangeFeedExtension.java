package nl.kamergraaf.server.changes;

import org.apache.jena.fuseki.main.FusekiServer;

import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.server.ServerExtension;

/** Serves the change feed for downstream mirrors at {@value #PATH} (see {@link ChangeFeedServlet}). */
public final class ChangeFeedExtension implements ServerExtension {
    public static final String PATH = "/changes";

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        fuseki.addServlet(PATH, new ChangeFeedServlet(context));
    }
}
