package nl.kamergraaf.server.replica;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@value ReplicaExtension#LAG_CHECK_PATH}: a health check for load balancers, 200 while the replica serves and 503
 * when it is too far behind (or not caught up yet).
 */
final class LagCheckServlet extends HttpServlet {
    private final transient ReplicaLag lag;

    LagCheckServlet(ReplicaLag lag) {
        this.lag = lag;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean fresh = lag.fresh();
        resp.setHeader("Cache-Control", "no-store");
        resp.setStatus(fresh ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write(((fresh ? "ok" : "too far behind") + " lag=" + LagFilter.seconds(lag.lag()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
