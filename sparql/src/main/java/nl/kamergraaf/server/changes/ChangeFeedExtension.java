package nl.kamergraaf.server.changes;

import org.apache.jena.fuseki.main.FusekiServer;

import nl.kamergraaf.server.GetServlet;
import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.server.ServerExtension;

/** Serves the change feed for downstream mirrors at {@value #PATH} (see {@link ChangeFeedResource}). */
public final class ChangeFeedExtension implements ServerExtension {
    public static final String PATH = "/changes";
    private final int pageSize;

    public ChangeFeedExtension() {
        this(ChangeFeedResource.PAGE_SIZE);
    }

    /** With another page size than the default {@value ChangeFeedResource#PAGE_SIZE}. */
    public ChangeFeedExtension(int pageSize) {
        if (pageSize < 1) throw new IllegalArgumentException("The page size must be positive");
        this.pageSize = pageSize;
    }

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        fuseki.addServlet(PATH, new GetServlet(new ChangeFeedResource(context, pageSize)));
    }
}
