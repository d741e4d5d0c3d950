package nl.kamergraaf.server.linkeddata;

import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.LETTER;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.MARKUP_TITLE;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.MARKUP_TITLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.vocab.KG;

/**
 * {@code /zoek} over the bundled data (plus the fixture's test records) on a real server: things found by title or
 * label, best first, one page at a time; labels with markup escaped; Lucene syntax errors answered 400 with the reason.
 */
class SearchPageTest {
    static LinkedDataFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = LinkedDataFixture.get();
    }

    static String zoek(String q, int page) {
        return "/zoek?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (page > 1 ? "&page=" + page : "");
    }

    static JsonObject json(String q, int page) throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url(zoek(q, page)), "Accept", "application/json");
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    static List<JsonObject> results(JsonObject page) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : page.get("results").getAsArray()) out.add(v.getAsObject());
        return out;
    }

    static String str(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    /**
     * The number of things whose label or title the full-text index matches, counted with SPARQL over all the index's
     * hits at once (the search page never asks for all of them).
     */
    static long thingsNamedWith(String lucene) {
        String q = "PREFIX kg: <" + KG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX text: <http://jena.apache.org/text#>\n"
                + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { (?s ?score ?literal) text:query (\"" + lucene + "\" 1000000) . "
                + "GRAPH <urn:x-arq:UnionGraph> { ?s rdfs:label|kg:titel ?literal } }";
        try (QueryExec exec = QueryExec.service(fx.url("/sparql")).query(q).build()) {
            RowSet rows = exec.select();
            return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        }
    }

    /** An attribute value as the browser reads it (the template escapes {@code & = ' "} and angle brackets). */
    static String attribute(String html, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern + "=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no " + pattern + " in " + html);
        return m.group(1).replace("&#61;", "=").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void theExactTitleOfTheSeedLetterFindsTheLetterFirstWithItsTypeLabelled() throws Exception {
        JsonObject page = json("Voortgang Coalition of the Willing ten aanzien van halfgeleiderindustrie", 1);
        List<JsonObject> hits = results(page);
        assertFalse(hits.isEmpty());
        JsonObject first = hits.get(0);
        assertEquals(LETTER, str(first, "iri"));
        assertEquals("Voortgang ‘Coalition of the Willing’ ten aanzien van halfgeleiderindustrie", str(first, "label"));
        assertEquals("/doc/document/2024D50227", str(first, "href"));
        List<String> types = new ArrayList<>();
        first.get("types").getAsArray().forEach(t -> types.add(str(t.getAsObject(), "label")));
        assertTrue(types.contains("Brief"), "the letter's most specific class, labelled in Dutch: " + types);
        assertFalse(types.contains("Document"), "not its generalisations: " + types);

        // the entity with the shorter matching label ranks above the letter for its own name
        List<JsonObject> entity = results(json("\"Coalition of the Willing\" halfgeleiders", 1));
        assertEquals(LinkedDataFixture.BASE + "/id/entiteit/coalition-of-the-willing-halfgeleiders", str(entity.get(0), "iri"));
    }

    @Test
    void hitsComeBestFirstAndPagesFollowEachOtherWithoutRepeats() throws Exception {
        long motions = thingsNamedWith("motie");
        assertTrue(motions > 2 * ThingSearch.DEFAULT_PAGE_SIZE, "enough things named 'motie' in data/ to page: " + motions);
        JsonObject one = json("motie", 1);
        JsonObject two = json("motie", 2);
        List<JsonObject> all = new ArrayList<>(results(one));
        all.addAll(results(two));
        assertEquals(2 * ThingSearch.DEFAULT_PAGE_SIZE, all.size());
        assertEquals(zoek("motie", 2), str(one, "next"));
        Set<String> seen = new HashSet<>();
        double previous = Double.MAX_VALUE;
        for (JsonObject hit : all) {
            assertTrue(seen.add(str(hit, "iri")), "each thing once: " + str(hit, "iri"));
            double score = hit.get("score").getAsNumber().value().doubleValue();
            assertTrue(score <= previous, "best first: " + score + " after " + previous);
            previous = score;
        }

        // The last page: as many things as SPARQL counts, and no next page.
        int last = (int) ((motions + ThingSearch.DEFAULT_PAGE_SIZE - 1) / ThingSearch.DEFAULT_PAGE_SIZE);
        JsonObject end = json("motie", last);
        assertEquals(motions - (last - 1) * ThingSearch.DEFAULT_PAGE_SIZE, results(end).size());
        assertFalse(end.hasKey("next"));
        assertTrue(results(json("motie", last + 1)).isEmpty());
    }

    @Test
    void theHtmlPageLinksEachThingToItsDescriptionAndPagesOn() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url(zoek("motie", 1)), "Accept", "text/html");
        assertEquals(200, r.statusCode());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<ol class=\"results\" start=\"1\">"), html);
        assertTrue(html.contains("href=\"/doc/document/"), "links to /doc/ pages");
        assertEquals("/zoek?q=motie&page=2", attribute(html, "rel=\"next\" href"), "the next page's link");
        assertTrue(html.contains("action=\"/zoek\""), "the search box in the header");
    }

    @Test
    void aLabelWithScriptMarkupIsEscapedOnTheResultsPage() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url(zoek("pwned", 1)), "Accept", "text/html");
        assertEquals(200, r.statusCode());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("/doc/document/2099D00002"), "the test record with markup in its label is found: " + html);
        assertFalse(html.contains(MARKUP_TITLE), "the markup is not in the page as markup");
        assertFalse(html.contains("<script"), "no script element at all");
        assertTrue(html.contains("&lt;script&gt;document.title"), "but as escaped text");
        assertEquals(MARKUP_TITLED, str(results(json("pwned", 1)).get(0), "iri"));

        // what was typed is escaped too when echoed in the form
        String typed = "\"><script>alert(1)</script>";
        HttpResponse<byte[]> echoed = fx.get(fx.url(zoek(typed, 1)), "Accept", "text/html");
        String body = new String(echoed.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("<script>alert(1)"), body);
    }

    @Test
    void aQueryLuceneCannotParseAnswers400WithTheReason() throws Exception {
        for (String bad : List.of("\"unclosed phrase", "halfgeleider AND (", "*leider")) {
            HttpResponse<byte[]> r = fx.get(fx.url(zoek(bad, 1)), "Accept", "text/html");
            String html = new String(r.body(), StandardCharsets.UTF_8);
            assertEquals(400, r.statusCode(), bad + ": " + html);
            assertTrue(html.contains("geen geldige Lucene-syntaxis"), html);
            assertTrue(html.contains("action=\"/zoek\""), "the form again, to correct the query");
            HttpResponse<byte[]> j = fx.get(fx.url(zoek(bad, 1)), "Accept", "application/json");
            assertEquals(400, j.statusCode());
            assertTrue(str(JSON.parse(new String(j.body(), StandardCharsets.UTF_8)), "error").contains("Lucene"));
        }
        assertEquals(400, fx.get(fx.url("/zoek?q=motie&page=nul")).statusCode());
        assertEquals(200, fx.get(fx.url("/zoek")).statusCode(), "no query: the empty form");
    }

    @Test
    void theStartPageAndDescriptionPagesCarryTheSearchBox() throws Exception {
        for (String path : List.of("/", "/doc/document/2024D50227", "/query")) {
            String html = new String(fx.get(fx.url(path), "Accept", "text/html").body(), StandardCharsets.UTF_8);
            assertTrue(html.matches("(?s).*<form[^>]*role=\"search\"[^>]*action=\"/?zoek\".*name=\"q\".*"), path + " has no search form");
        }
    }
}
