package nl.kamergraaf.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;

import nl.kamergraaf.format.Json;

/**
 * The query page for people at {@value #PATH}: YASGUI (editor with syntax highlighting and completion, result table
 * with sorting and paging, tabs, shareable links) over the SPARQL endpoint, with the curated queries as a gallery.
 * Self-contained: YASGUI's files are served from the jar ({@link YasguiAssets}), its remote completers (Linked Open
 * Vocabularies, prefix.cc) are replaced by ones that ask this server, so the page works offline and leaks no visitor
 * to a CDN. Beside it: the curated queries ({@value #CURATED_PATH}), the ontology's prefixes ({@value #PREFIXES_PATH})
 * and terms ({@value #TERMS_PATH}), and completion of terms and things by label ({@value #COMPLETE_PATH}).
 */
public final class QueryPage implements ServerExtension {
    public static final String PATH = "/query";
    public static final String CURATED_PATH = "/query/curated.json";
    public static final String PREFIXES_PATH = "/query/prefixes.json";
    public static final String TERMS_PATH = "/query/terms.json";
    public static final String COMPLETE_PATH = "/complete";
    /** The chart plugin for YASR (bar, line, timeline), our own script: see kamergraaf-charts.js. */
    public static final String CHARTS_PATH = "/query/kamergraaf-charts.js";
    private static final String CHARTS = "/nl/kamergraaf/server/kamergraaf-charts.js";
    private static final String JSON = "application/json; charset=utf-8";

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        YasguiAssets assets = YasguiAssets.load();
        QueryCompletion completion = QueryCompletion.fromOntology();
        byte[] page = page(assets, completion).getBytes(StandardCharsets.UTF_8);
        byte[] curated = curatedJson(CuratedQueries.load()).getBytes(StandardCharsets.UTF_8);
        fuseki.addServlet(PATH, fixedContent("text/html; charset=utf-8", page));
        fuseki.addServlet(CURATED_PATH, fixedContent(JSON, curated));
        fuseki.addServlet(PREFIXES_PATH, fixedContent(JSON, completion.prefixesJson().getBytes(StandardCharsets.UTF_8)));
        fuseki.addServlet(TERMS_PATH, fixedContent(JSON, completion.termsJson().getBytes(StandardCharsets.UTF_8)));
        fuseki.addServlet(COMPLETE_PATH, new GetServlet(new Complete(completion, context.dataset())));
        fuseki.addServlet(CHARTS_PATH, fixedContent("text/javascript; charset=utf-8", resource(CHARTS).getBytes(StandardCharsets.UTF_8)));
        fuseki.addServlet(YasguiAssets.PATH + "/*", assets.servlet());
    }

    static String curatedJson(List<CuratedQueries.CuratedQuery> queries) {
        ArrayNode array = Json.array();
        for (CuratedQueries.CuratedQuery q : queries) {
            ObjectNode o = array.addObject();
            o.put("name", q.name());
            o.put("question", q.question());
            o.put("query", q.text());
        }
        return Json.write(array);
    }

    /** The page ({@code query.mustache}) with the asset folder and the page's settings (prefixes, the default query). */
    static String page(YasguiAssets assets, QueryCompletion completion) {
        ObjectNode settings = Json.object();
        settings.put("yasguiVersion", assets.version());
        settings.put("prefixes", completion.prefixDeclarations());
        // Relative to /query, so the page also works behind a proxy that serves it under a path.
        String folder = assets.folder().substring(1);
        return HtmlTemplates.render("query", Map.of("assets", folder,
                "settings", Json.writeForScript(settings)));
    }

    private static String resource(String name) {
        try (InputStream in = QueryPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("A file of the query page is missing from the classpath: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the query page's " + name, e);
        }
    }

    /** GET /complete?q=…&amp;limit=…: Kamergraaf terms and things by label, bounded (see {@link QueryCompletion}). */
    private record Complete(QueryCompletion completion, DatasetGraph dataset) implements GetServlet.Resource {
        @Override
        public void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String q = req.getParameter("q");
            if (q == null) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "Say what to complete: /complete?q=kg:ind");
                return;
            }
            int limit = QueryCompletion.DEFAULT_RESULTS;
            String l = req.getParameter("limit");
            if (l != null) {
                try {
                    limit = Integer.parseInt(l.strip());
                } catch (NumberFormatException e) {
                    resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "limit must be a number");
                    return;
                }
            }
            byte[] body = Json.write(completion.complete(q, limit, dataset)).getBytes(StandardCharsets.UTF_8);
            Answers.send(resp, HttpServletResponse.SC_OK, JSON, Answers.NO_CACHE, body);
        }
    }

    /** Answers GET and HEAD with the same bytes; everything else is not allowed (the page changes nothing). */
    private static GetServlet fixedContent(String type, byte[] body) {
        return new GetServlet((req, resp) -> Answers.send(resp, HttpServletResponse.SC_OK, type, Answers.NO_CACHE, body));
    }
}
