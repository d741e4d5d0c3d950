package nl.kamergraaf.server.replica;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A replica's state for people and monitors. {@value ReplicaExtension#STATUS_PATH}: JSON (the primary, the lag in
 * seconds, the largest lag allowed, whether it serves, the release loaded, the last change applied, the build);
 * {@value ReplicaExtension#LAG_CHECK_PATH}: a health check for load balancers, 200 while the replica serves and 503
 * when it is too far behind (or not caught up yet).
 */
final class ReplicaStatusServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient ReplicaLag lag;
    private final String primary;
    private final transient Supplier<String> build;
    private final transient Supplier<String> problem;
    private final boolean check;

    ReplicaStatusServlet(ReplicaLag lag, String primary, Supplier<String> build, Supplier<String> problem, boolean check) {
        this.lag = lag;
        this.primary = primary;
        this.build = build;
        this.problem = problem;
        this.check = check;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean fresh = lag.fresh();
        resp.setHeader("Cache-Control", "no-store");
        if (check) {
            resp.setStatus(fresh ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getOutputStream().write(((fresh ? "ok" : "too far behind") + " lag=" + LagFilter.seconds(lag.lag()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("role", "replica");
        o.put("primary", primary);
        lag.lag().ifPresentOrElse(d -> o.put("lagSeconds", d.toMillis() / 1000.0), () -> o.putNull("lagSeconds"));
        o.put("maxLagSeconds", lag.max().toMillis() / 1000.0);
        o.put("serving", fresh);
        o.put("release", lag.release());
        o.put("appliedChange", lag.applied());
        o.put("build", build.get());
        o.put("problem", problem.get());
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json");
        resp.getOutputStream().write(JSON.writeValueAsBytes(o));
    }
}
