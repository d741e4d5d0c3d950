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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.BundledStore;

/** The query page is served at /query, loads nothing from the network, and offers every curated query. */
class QueryPageTest {
    static BundledStore store;
    static KamergraafServer server;

    @BeforeAll
    static void serve() throws Exception {
        store = BundledStore.shared();
        server = KamergraafServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theQueryPageIsServedAndLoadsNothingFromTheNetwork() throws Exception {
        HttpResponse<String> page = Http.get(server.baseUrl() + QueryPage.PATH, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<textarea id=\"query\""), "an editor");
        assertTrue(page.body().contains("query/curated.json"), "the curated queries are fetched from this server");
        Matcher external = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(page.body());
        assertFalse(external.find(), "the page loads something from the network: " + (external.find(0) ? external.group() : ""));
        assertFalse(page.body().contains("@import"), "no imported style sheets");
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
