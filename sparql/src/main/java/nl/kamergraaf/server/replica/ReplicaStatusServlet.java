package nl.kamergraaf.server.replica;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A replica's state for people and monitors, {@value ReplicaExtension#STATUS_PATH}: JSON (the primary, the lag in
 * seconds, the largest lag allowed, whether it serves, the release loaded, the last change applied, the build). Load
 * balancers ask {@link LagCheckServlet}.
 */
final class ReplicaStatusServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient ReplicaStatus status;

    ReplicaStatusServlet(ReplicaStatus status) {
        this.status = status;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ReplicaLag lag = status.lag();
        boolean fresh = lag.fresh();
        resp.setHeader("Cache-Control", "no-store");
        ObjectNode o = JSON.createObjectNode();
        o.put("role", "replica");
        o.put("primary", status.primary());
        lag.lag().ifPresentOrElse(d -> o.put("lagSeconds", d.toMillis() / 1000.0), () -> o.putNull("lagSeconds"));
        o.put("maxLagSeconds", lag.max().toMillis() / 1000.0);
        o.put("serving", fresh);
        o.put("release", lag.release());
        o.put("appliedChange", lag.applied());
        o.put("build", status.build().get());
        o.put("problem", status.problem().get());
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json");
        resp.getOutputStream().write(JSON.writeValueAsBytes(o));
    }
}
