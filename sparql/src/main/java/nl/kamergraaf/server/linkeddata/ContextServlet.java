package nl.kamergraaf.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonObject;

/**
 * Publishes the JSON-LD context at {@code /context.jsonld}: the prefixes every RDF answer uses. JSON-LD answers carry
 * the same context inline, so a client reads them without fetching it; clients writing JSON-LD can reference it.
 */
final class ContextServlet extends HttpServlet {
    static final String PATH = "/context.jsonld";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = context().toString().getBytes(StandardCharsets.UTF_8);
        resp.setContentType("application/ld+json");
        resp.setHeader("Cache-Control", "max-age=86400");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    static JsonObject context() {
        JsonObject terms = new JsonObject();
        Map<String, String> sorted = new TreeMap<>(DescriptionGraph.CONTEXT_PREFIXES.getNsPrefixMap());
        sorted.forEach(terms::put);
        JsonObject doc = new JsonObject();
        doc.put("@context", terms);
        return doc;
    }
}
