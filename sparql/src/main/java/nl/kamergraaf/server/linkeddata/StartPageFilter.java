package nl.kamergraaf.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the start page for a plain GET of {@code /}. A filter, not a servlet: the SPARQL dataset is mounted at
 * {@code /}, so Fuseki's own filter claims the root; this one answers first, and only for GET/HEAD without a query
 * string, so SPARQL requests to the root still reach Fuseki.
 */
final class StartPageFilter implements Filter {
    private final StartPage page;

    StartPageFilter(StartPage page) {
        this.page = page;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!read || !"/".equals(req.getRequestURI()) || req.getQueryString() != null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        byte[] body = page.render().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        if ("GET".equals(req.getMethod())) resp.getOutputStream().write(body);
    }
}
