package nl.kamergraaf.server.replica;

import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;

import nl.kamergraaf.server.GetServlet;
import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.server.ServerExtension;

/** What a replica adds to the server: the lag header and refusal ({@link LagFilter}), the status and the lag check. */
record ReplicaExtension(ReplicaStatus status, Duration poll) implements ServerExtension {
    static final String STATUS_PATH = "/$/status";
    static final String LAG_CHECK_PATH = "/$/lag";

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        fuseki.addFilter("/*", new LagFilter(status.lag(), poll));
        fuseki.addServlet(STATUS_PATH, new GetServlet(new ReplicaStatusResource(status)));
        fuseki.addServlet(LAG_CHECK_PATH, new GetServlet(new LagCheckResource(status.lag())));
    }
}
