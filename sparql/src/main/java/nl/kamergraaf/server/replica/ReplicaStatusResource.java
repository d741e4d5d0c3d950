package nl.kamergraaf.server.replica;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.kamergraaf.server.Answers;
import nl.kamergraaf.server.GetServlet;

/**
 * A replica's state for people and monitors, {@value ReplicaExtension#STATUS_PATH}: JSON (the primary, the lag in
 * seconds, the largest lag allowed, whether it serves, the release loaded, the last change applied, the build). Load
 * balancers ask {@link LagCheckResource}.
 */
record ReplicaStatusResource(ReplicaStatus status) implements GetServlet.Resource {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ReplicaLag lag = status.lag();
        boolean fresh = lag.fresh();
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
        Answers.send(resp, HttpServletResponse.SC_OK, "application/json", Answers.NO_STORE, JSON.writeValueAsBytes(o));
    }
}
