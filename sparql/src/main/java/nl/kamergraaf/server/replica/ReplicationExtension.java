package nl.kamergraaf.server.replica;

import org.apache.jena.fuseki.main.FusekiServer;

import nl.kamergraaf.server.GetServlet;
import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.server.ServerExtension;

/**
 * What a primary tells its replicas beyond the change feed and the releases: where the change log stands and at
 * which position a release was cut ({@value #POSITION_PATH}, see {@link ReplicationPositionResource}).
 */
public final class ReplicationExtension implements ServerExtension {
    public static final String POSITION_PATH = "/replication/position";

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        fuseki.addServlet(POSITION_PATH, new GetServlet(new ReplicationPositionResource(context)));
    }
}
