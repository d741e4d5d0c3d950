package nl.kamergraaf.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A servlet for a read-only resource: GET (and so HEAD, which HttpServlet answers as a GET without the body) is
 * handed to the {@link Resource}; every other method is not allowed. A resource is then a plain type of what it reads
 * (often a record), and no feature writes a servlet class of its own for it.
 */
public final class GetServlet extends HttpServlet {
    /** What a GET of one path answers. */
    @FunctionalInterface
    public interface Resource {
        void get(HttpServletRequest req, HttpServletResponse resp) throws IOException;
    }

    private final transient Resource resource;

    public GetServlet(Resource resource) {
        this.resource = resource;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resource.get(req, resp);
    }
}
