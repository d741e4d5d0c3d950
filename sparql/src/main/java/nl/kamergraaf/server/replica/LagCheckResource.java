package nl.kamergraaf.server.replica;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.kamergraaf.server.Answers;
import nl.kamergraaf.server.GetServlet;

/**
 * {@value ReplicaExtension#LAG_CHECK_PATH}: a health check for load balancers, 200 while the replica serves and 503
 * when it is too far behind (or not caught up yet).
 */
record LagCheckResource(ReplicaLag lag) implements GetServlet.Resource {
    @Override
    public void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean fresh = lag.fresh();
        Answers.send(resp, fresh ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "text/plain;charset=utf-8", Answers.NO_STORE,
                ((fresh ? "ok" : "too far behind") + " lag=" + LagFilter.seconds(lag.lag()) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
