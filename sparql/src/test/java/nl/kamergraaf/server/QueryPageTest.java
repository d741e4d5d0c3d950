package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.BundledStore;

/**
 * The query page is YASGUI served at /query from this server's own files, names no other host, declares the ontology's
 * prefixes and offers every curated query.
 */
class QueryPageTest {
    static KamergraafServer server;

    @BeforeAll
    static void serve() throws Exception {
        server = BundledStore.sharedServer();
    }

    @Test
    void theQueryPageIsYasguiServedFromThisServerAndNamesNoOtherHost() throws Exception {
        HttpResponse<String> page = Http.get(server.baseUrl() + QueryPage.PATH, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        String folder = YasguiAssets.PATH.substring(1) + "/" + YasguiAssets.load().version();
        assertTrue(html.contains("<script src=\"" + folder + "/yasgui.min.js\"></script>"), "YASGUI's script from this server");
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"" + folder + "/yasgui.min.css\">"), "YASGUI's style from this server");
        assertTrue(html.contains("query/curated.json"), "the curated queries are fetched from this server");
        Matcher external = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html);
        assertFalse(external.find(), "the page loads something from the network: " + (external.find(0) ? external.group() : ""));
        assertFalse(html.contains("@import"), "no imported style sheets");
        // Every absolute URL in the page (markup, script and settings) is a namespace of a declared prefix: no CDN,
        // no completion service, no other endpoint.
        JsonObject prefixes = JSON.parse(Http.get(server.baseUrl() + QueryPage.PREFIXES_PATH, "application/json").body());
        List<String> namespaces = prefixes.keys().stream().map(k -> prefixes.get(k).getAsString().value()).toList();
        Matcher url = Pattern.compile("https?://[^\\s\"'<>`)]+").matcher(html);
        while (url.find()) {
            assertTrue(namespaces.contains(url.group()), "the page names a URL that is no prefix's namespace: " + url.group());
        }
        for (String host : List.of("cdn", "unpkg", "jsdelivr", "googleapis", "lov.linkeddata.es", "prefix.cc", "dbpedia", "wikidata")) {
            assertFalse(html.toLowerCase().contains(host), "the page names " + host);
        }
    }

    @Test
    void theChartPluginIsServedFromThisServerAndRegisteredBeforeYasguiIsBuilt() throws Exception {
        String html = Http.get(server.baseUrl() + QueryPage.PATH, "text/html").body();
        int yasgui = html.indexOf("/yasgui.min.js\"></script>");
        int charts = html.indexOf("<script src=\"query/kamergraaf-charts.js\"></script>");
        int built = html.indexOf("new Yasgui(");
        assertTrue(yasgui >= 0 && charts > yasgui && built > charts, "YASGUI, then the chart plugin, then the page's Yasgui");

        HttpResponse<String> script = Http.get(server.baseUrl() + QueryPage.CHARTS_PATH, "*/*");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(script.body().contains("Yasgui.Yasr.registerPlugin(\"kgChart\""), "registers itself with YASR");
        assertFalse(Pattern.compile("https?://(?!www\\.w3\\.org/)").matcher(script.body()).find(), "names no host but the SVG and XSD namespaces");
        assertFalse(script.body().contains("innerHTML"), "writes answer values as text only");
    }

    @Test
    void theOntologysPrefixesAreDeclaredInTheEditorsStartingQuery() throws Exception {
        String html = Http.get(server.baseUrl() + QueryPage.PATH, "text/html").body();
        JsonObject prefixes = JSON.parse(Http.get(server.baseUrl() + QueryPage.PREFIXES_PATH, "application/json").body());
        for (String p : List.of("kg", "opengov", "eli", "org", "skos", "rdfs", "dct", "schema", "foaf", "prov", "cito", "text")) {
            assertTrue(prefixes.hasKey(p), "prefixes.json declares " + p + ":");
            String line = "PREFIX " + p + ": <" + prefixes.get(p).getAsString().value() + ">";
            String inScript = line.replace("/", "\\/").replace("<", "\\u003C").replace(">", "\\u003E");
            assertTrue(html.contains(inScript) || html.contains(line), "the starting query declares " + line);
        }
        assertEquals("https://w3id.org/kamergraaf/def#", prefixes.get("kg").getAsString().value());
    }

    @Test
    void theCuratedQueriesAreOneClickAwayAllOfThem() throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl() + QueryPage.CURATED_PATH, "application/json");
        assertEquals(200, r.statusCode());
        JsonArray curated = JSON.parseAny(r.body()).getAsArray();
        List<String> names = new ArrayList<>();
        for (JsonValue v : curated) {
            JsonObject q = v.getAsObject();
            String name = q.get("name").getAsString().value();
            names.add(name);
            assertEquals(Files.readString(CuratedQueriesTest.FOLDER.resolve(name + ".rq")), q.get("query").getAsString().value());
            assertFalse(q.get("question").getAsString().value().isBlank(), name + " has no question");
        }
        assertEquals(CuratedQueriesTest.queries().toList(), names, "every curated query of sparql/queries is offered");
    }

    @Test
    void thePageAnswersOnlyReading() throws Exception {
        int post = Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + QueryPage.PATH))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build()).statusCode();
        assertEquals(405, post);
    }
}
