package nl.kamergraaf.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;

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

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        YasguiAssets assets = YasguiAssets.load();
        QueryCompletion completion = QueryCompletion.fromOntology();
        byte[] page = page(assets, completion).getBytes(StandardCharsets.UTF_8);
        byte[] curated = curatedJson(CuratedQueries.load()).getBytes(StandardCharsets.UTF_8);
        String json = "application/json; charset=utf-8";
        fuseki.addServlet(PATH, new FixedContent("text/html; charset=utf-8", page));
        fuseki.addServlet(CURATED_PATH, new FixedContent(json, curated));
        fuseki.addServlet(PREFIXES_PATH, new FixedContent(json, completion.prefixesJson().getBytes(StandardCharsets.UTF_8)));
        fuseki.addServlet(TERMS_PATH, new FixedContent(json, completion.termsJson().getBytes(StandardCharsets.UTF_8)));
        fuseki.addServlet(COMPLETE_PATH, new Complete(completion, context.dataset()));
        fuseki.addServlet(CHARTS_PATH, new FixedContent("text/javascript; charset=utf-8", resource(CHARTS).getBytes(StandardCharsets.UTF_8)));
        fuseki.addServlet(YasguiAssets.PATH + "/*", assets.servlet());
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

    /** The page ({@code query.mustache}) with the asset folder and the page's settings (prefixes, the default query). */
    static String page(YasguiAssets assets, QueryCompletion completion) {
        JsonObject settings = new JsonObject();
        settings.put("yasguiVersion", assets.version());
        settings.put("prefixes", completion.prefixDeclarations());
        // Relative to /query, so the page also works behind a proxy that serves it under a path.
        String folder = assets.folder().substring(1);
        return HtmlTemplates.render("query", Map.of("assets", folder,
                // JSON inside a script element: "</" and "<!--" must not appear literally.
                "settings", settings.toString().replace("</", "<\\/").replace("<!--", "<\\!--")));
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
    private static final class Complete extends HttpServlet {
        private final QueryCompletion completion;
        private final DatasetGraph dataset;

        Complete(QueryCompletion completion, DatasetGraph dataset) {
            this.completion = completion;
            this.dataset = dataset;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
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
            byte[] body = completion.complete(q, limit, dataset).toString().getBytes(StandardCharsets.UTF_8);
            resp.setContentType("application/json; charset=utf-8");
            resp.setContentLength(body.length);
            resp.setHeader("Cache-Control", "no-cache");
            resp.getOutputStream().write(body);
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
