package nl.kamergraaf.server.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.server.HtmlTemplates;

import nl.kamergraaf.format.Json;

/**
 * The search results page {@code /zoek}: the form, the page of things found (label linked to its description, its
 * types labelled) and links to the pages before and after, in the shared frame. The page is a Mustache template
 * ({@code zoek.mustache}, {@link HtmlTemplates}), which escapes every value: a label with markup in the data shows as
 * text. Also the same page as JSON.
 */
final class SearchPage {
    private final Addresses addresses;

    SearchPage(Addresses addresses) {
        this.addresses = addresses;
    }

    /** The page before any search: just the form. */
    String empty() {
        return render("Zoeken", Map.of("query", ""));
    }

    /** The form with the query as typed and why it cannot be searched. */
    String error(String query, String message) {
        return render("Zoeken: ongeldige zoekvraag", Map.of("query", query, "error", message));
    }

    String results(ThingSearch.Page page) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("query", page.query());
        scope.put("searched", true);
        scope.put("found", !page.hits().isEmpty());
        scope.put("none", page.hits().isEmpty());
        int first = (page.number() - 1) * page.size() + 1;
        scope.put("first", first);
        scope.put("last", first + page.hits().size() - 1);
        scope.put("hasNext", page.hasNext());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (ThingSearch.Hit h : page.hits()) {
            Map<String, Object> hit = new HashMap<>();
            hit.put("href", href(h.iri()));
            hit.put("label", h.label());
            hit.put("iri", h.iri());
            hit.put("types", h.types().stream().map(t -> Map.of("label", t.label(), "iri", t.iri())).toList());
            hits.add(hit);
        }
        scope.put("hits", hits);
        if (page.number() > 1) scope.put("previous", pageHref(page.query(), page.number() - 1));
        if (page.hasNext()) scope.put("next", pageHref(page.query(), page.number() + 1));
        return render("Zoeken: " + page.query(), scope);
    }

    /** {@code {query, page, pageSize, next, results: [{iri, label, href, score, types: [{iri, label}]}]}}. */
    ObjectNode json(ThingSearch.Page page) {
        ObjectNode o = Json.object();
        o.put("query", page.query());
        o.put("page", page.number());
        o.put("pageSize", page.size());
        if (page.hasNext()) o.put("next", pageHref(page.query(), page.number() + 1));
        ArrayNode results = o.putArray("results");
        for (ThingSearch.Hit h : page.hits()) {
            ObjectNode r = results.addObject();
            r.put("iri", h.iri());
            r.put("label", h.label());
            r.put("href", href(h.iri()));
            r.put("score", h.score());
            ArrayNode types = r.putArray("types");
            for (ThingSearch.Type t : h.types()) {
                types.addObject().put("iri", t.iri()).put("label", t.label());
            }
        }
        return o;
    }

    /** Where a thing is described on this server: its /doc/ page (or /doc?uri= for IRIs not under our base). */
    private String href(String iri) {
        return addresses.docPath(iri);
    }

    static String pageHref(String query, int page) {
        String href = SearchResource.PATH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return page > 1 ? href + "&page=" + page : href;
    }

    private static String render(String title, Map<String, Object> scope) {
        Map<String, Object> page = new HashMap<>(scope);
        page.put("title", title);
        return HtmlTemplates.render("zoek", page);
    }
}
