package nl.kamergraaf.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.kamergraaf.format.Json;
import nl.kamergraaf.server.Answers;
import nl.kamergraaf.server.ContentNegotiation;
import nl.kamergraaf.server.GetServlet;

/**
 * {@code GET /zoek?q=…&page=…}: things by title or label ({@link ThingSearch}), as an HTML page ({@link SearchPage})
 * or, when the client asks for {@code application/json} and not for HTML, as JSON. A query Lucene cannot parse, or a
 * page number that is not one, answers 400 with the reason; no query answers the empty search form.
 */
record SearchResource(ThingSearch search, SearchPage page) implements GetServlet.Resource {
    static final String PATH = "/zoek";
    /** Pages beyond this are not offered: nobody reads result 2,000 of a title search. */
    static final int MAX_PAGE = 100;
    private static final String JSON = "application/json";
    /** HTML first: what a client gets that accepts anything. */
    private static final List<String> OFFERED = List.of("text/html", JSON);

    @Override
    public void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean json = wantsJson(req.getHeader("Accept"));
        resp.setHeader("Vary", "Accept");
        String q = req.getParameter("q");
        if (q == null || q.isBlank()) {
            if (json) send(resp, 400, true, error("Geef een zoekterm op: /zoek?q=woord"));
            else send(resp, 200, false, page.empty());
            return;
        }
        int number;
        try {
            number = req.getParameter("page") == null ? 1 : Integer.parseInt(req.getParameter("page").strip());
            if (number < 1 || number > MAX_PAGE) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            String m = "page moet een getal van 1 tot en met " + MAX_PAGE + " zijn.";
            send(resp, 400, json, json ? error(m) : page.error(q, m));
            return;
        }
        ThingSearch.Page found;
        try {
            found = search.search(q, number);
        } catch (ThingSearch.BadQuery e) {
            send(resp, 400, json, json ? error(e.getMessage()) : page.error(q, e.getMessage()));
            return;
        } catch (org.apache.jena.query.QueryCancelledException e) {
            // Like the SPARQL endpoint: a search that runs out of time is the server's limit, not the client's error.
            String m = "De zoekvraag duurde te lang; maak haar specifieker.";
            send(resp, 503, json, json ? error(m) : page.error(q, m));
            return;
        }
        send(resp, 200, json, json ? Json.write(page.json(found)) : page.results(found));
    }

    /** JSON only when asked for and preferred over HTML; a client that names neither, or both alike, gets the page. */
    static boolean wantsJson(String accept) {
        return ContentNegotiation.choose(accept, OFFERED).filter(JSON::equals).isPresent();
    }

    private static String error(String message) {
        return Json.write(Json.object().put("error", message));
    }

    private static void send(HttpServletResponse resp, int status, boolean json, String body) throws IOException {
        Answers.send(resp, status, json ? "application/json; charset=utf-8" : "text/html; charset=utf-8", Answers.NO_CACHE,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
