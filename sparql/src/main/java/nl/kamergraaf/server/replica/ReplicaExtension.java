package nl.kamergraaf.server.replica;

import java.time.Duration;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;

import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.server.ServerExtension;

/** What a replica adds to the server: the lag header and refusal ({@link LagFilter}), the status and the lag check. */
final class ReplicaExtension implements ServerExtension {
    static final String STATUS_PATH = "/$/status";
    static final String LAG_CHECK_PATH = "/$/lag";

    private final ReplicaLag lag;
    private final String primary;
    private final Duration poll;
    private final Supplier<String> build;
    private final Supplier<String> problem;

    ReplicaExtension(ReplicaLag lag, String primary, Duration poll, Supplier<String> build, Supplier<String> problem) {
        this.lag = lag;
        this.primary = primary;
        this.poll = poll;
        this.build = build;
        this.problem = problem;
    }

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        fuseki.addFilter("/*", new LagFilter(lag, poll));
        fuseki.addServlet(STATUS_PATH, new ReplicaStatusServlet(lag, primary, build, problem, false));
        fuseki.addServlet(LAG_CHECK_PATH, new ReplicaStatusServlet(lag, primary, build, problem, true));
    }
}
