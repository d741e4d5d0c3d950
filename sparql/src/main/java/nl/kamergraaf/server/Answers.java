package nl.kamergraaf.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Sends an answer whose body is already whole in memory, so it goes out with its length. */
public final class Answers {
    /** Caches ask again before each use: the answer follows the live store. */
    public static final String NO_CACHE = "no-cache";
    /** Nothing keeps the answer: a replica's state is only true the moment it is asked. */
    public static final String NO_STORE = "no-store";

    private Answers() {}

    public static void send(HttpServletResponse resp, int status, String contentType, String cacheControl, byte[] body)
            throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setHeader("Cache-Control", cacheControl);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
