package nl.kamergraaf.server.replica;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * On a replica, every answer says how far behind the primary it is ({@value #HEADER}: seconds, or "unknown" before
 * the first catch-up), and data older than the largest lag allowed is not served: 503 with Retry-After, so a load
 * balancer or a client tries another node. The server's own paths ({@code /$/...}: ping, status, lag check) always
 * answer.
 */
final class LagFilter implements Filter {
    static final String HEADER = "X-Kamergraaf-Lag";

    private final ReplicaLag lag;
    private final Duration retryAfter;

    LagFilter(ReplicaLag lag, Duration retryAfter) {
        this.lag = lag;
        this.retryAfter = retryAfter;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        Optional<Duration> current = lag.lag();
        resp.setHeader(HEADER, seconds(current));
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.startsWith("/$/") || lag.fresh()) {
            chain.doFilter(request, response);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("text/plain;charset=utf-8");
        String why = current.map(d -> "this replica is " + seconds(current) + " s behind its primary, more than the "
                        + lag.max().toSeconds() + " s allowed")
                .orElse("this replica has not caught up with its primary yet");
        resp.getOutputStream().write(("Service unavailable: " + why + "; try again shortly or ask another node.\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    static String seconds(Optional<Duration> lag) {
        return lag.map(d -> String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0)).orElse("unknown");
    }
}
