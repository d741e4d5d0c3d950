package nl.kamergraaf.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The query page for people at {@value #PATH}: an editor, a run button and a result table over the SPARQL endpoint,
 * with the curated queries one click away. Self-contained (no script or style from the network), so it works offline
 * and leaks no visitor to a CDN. The curated queries are served as JSON at {@value #CURATED_PATH}.
 */
public final class QueryPage implements ServerExtension {
    public static final String PATH = "/query";
    public static final String CURATED_PATH = "/query/curated.json";
    private static final String PAGE = "/nl/kamergraaf/server/query.html";

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        byte[] page = pageBytes();
        byte[] curated = curatedJson(CuratedQueries.load()).getBytes(StandardCharsets.UTF_8);
        fuseki.addServlet(PATH, new FixedContent("text/html; charset=utf-8", page));
        fuseki.addServlet(CURATED_PATH, new FixedContent("application/json; charset=utf-8", curated));
    }

    static String curatedJson(List<CuratedQueries.CuratedQuery> queries) {
        JsonArray array = new JsonArray();
        for (CuratedQueries.CuratedQuery q : queries) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("question", q.question());
            o.put("query", q.text());
            array.add(o);
        }
        return array.toString();
    }

    private static byte[] pageBytes() {
        try (InputStream in = QueryPage.class.getResourceAsStream(PAGE)) {
            if (in == null) throw new IllegalStateException("The query page is missing from the classpath: " + PAGE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the query page " + PAGE, e);
        }
    }

    /** Answers GET and HEAD with the same bytes; everything else is not allowed (the page changes nothing). */
    private static final class FixedContent extends HttpServlet {
        private final String type;
        private final byte[] body;

        FixedContent(String type, byte[] body) {
            this.type = type;
            this.body = body;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType(type);
            resp.setContentLength(body.length);
            resp.setHeader("Cache-Control", "no-cache");
            resp.getOutputStream().write(body);
        }
    }
}
