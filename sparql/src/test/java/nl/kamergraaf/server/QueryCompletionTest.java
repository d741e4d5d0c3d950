package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.BundledStore;

/** The query page's completion: Kamergraaf terms from the ontology, things by label from the full-text index, bounded. */
class QueryCompletionTest {
    static KamergraafServer server;

    @BeforeAll
    static void serve() throws Exception {
        server = BundledStore.sharedServer();
    }


    static JsonObject complete(String q, String more) throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl() + QueryPage.COMPLETE_PATH + "?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8) + more, "application/json");
        assertEquals(200, r.statusCode(), q + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(r.body());
    }

    static List<String> values(JsonObject answer, String list, String key) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : answer.get(list).getAsArray()) out.add(v.getAsObject().get(key).getAsString().value());
        return out;
    }

    @Test
    void aPrefixedNameCompletesToTheOntologysTerms() throws Exception {
        JsonObject answer = complete("kg:ind", "");
        List<String> curies = values(answer, "terms", "curie");
        assertTrue(curies.contains("kg:indiener"), curies.toString());
        assertTrue(curies.stream().allMatch(c -> c.toLowerCase().startsWith("kg:ind")), curies.toString());
        assertTrue(values(answer, "terms", "iri").contains("https://w3id.org/kamergraaf/def#indiener"));
        assertTrue(answer.get("things").getAsArray().isEmpty(), "a prefixed name is a term, not a label");
        assertTrue(values(complete("kg:Mot", ""), "terms", "curie").contains("kg:Motie"), "classes too");
    }

    @Test
    void aWordCompletesToThingsByTheirLabel() throws Exception {
        // The gazetteer's EU Chips Act and the persons of the bundled data, by a word of their label or its start.
        assertTrue(values(complete("chips", ""), "things", "iri").contains("http://data.europa.eu/eli/reg/2023/1781/oj"));
        List<String> labels = values(complete("Zeedi", ""), "things", "label");
        assertTrue(labels.stream().anyMatch(l -> l.contains("Zeedijk")), labels.toString());
        JsonObject semicon = complete("semicon board", "");
        assertTrue(values(semicon, "things", "iri").contains("http://localhost:3030/id/entiteit/semicon-board-nl"), semicon.toString());
    }

    @Test
    void answersAreBoundedWhateverIsAsked() throws Exception {
        JsonObject many = complete("de", "&limit=100000");
        assertTrue(many.get("things").getAsArray().size() <= QueryCompletion.MAX_RESULTS, many.toString());
        assertTrue(many.get("terms").getAsArray().size() <= QueryCompletion.MAX_RESULTS);
        JsonObject three = complete("kg:", "&limit=3");
        assertEquals(3, three.get("terms").getAsArray().size(), "the limit is kept");
        assertTrue(complete("kg:", "").get("terms").getAsArray().size() <= QueryCompletion.DEFAULT_RESULTS);
        assertTrue(complete("x".repeat(10_000), "").getAsObject().get("q").getAsString().value().length() <= 200);
    }

    @Test
    void queryMarkupInTheInputIsSearchedAsWordsNotRun() throws Exception {
        // Lucene syntax and SPARQL syntax are text here: no match-everything, no error.
        for (String nasty : List.of("*:*", "chips\") . } SELECT * {", "uri:* OR text:*", "\\", "(((", "chips~ AND ?s")) {
            JsonObject answer = complete(nasty, "&limit=20");
            assertTrue(answer.get("things").getAsArray().size() <= 20, nasty);
        }
        assertTrue(complete("*:*", "").get("things").getAsArray().isEmpty(), "*:* matches nothing: it has no word");
        assertEquals("(chips OR chips*) AND (act OR act*)", QueryCompletion.luceneQuery("chips\" act:*"));
        assertFalse(complete("chips\") . } {", "").get("things").getAsArray().isEmpty(), "the words of it still match");
    }

    @Test
    void aMissingQuestionIsABadRequest() throws Exception {
        assertEquals(400, Http.get(server.baseUrl() + QueryPage.COMPLETE_PATH, "application/json").statusCode());
        assertEquals(400, Http.get(server.baseUrl() + QueryPage.COMPLETE_PATH + "?q=kg:&limit=many", "application/json").statusCode());
    }

    @Test
    void theTermsListIsTheOntologysClassesAndProperties() throws Exception {
        JsonObject terms = JSON.parse(Http.get(server.baseUrl() + QueryPage.TERMS_PATH, "application/json").body());
        JsonArray classes = terms.get("classes").getAsArray();
        JsonArray properties = terms.get("properties").getAsArray();
        List<String> classIris = new ArrayList<>();
        for (JsonValue v : classes) classIris.add(v.getAsObject().get("iri").getAsString().value());
        List<String> propertyIris = new ArrayList<>();
        for (JsonValue v : properties) propertyIris.add(v.getAsObject().get("iri").getAsString().value());
        assertTrue(classIris.contains(nl.kamergraaf.vocab.KG.NS + "Motie"));
        assertTrue(classIris.contains(nl.kamergraaf.vocab.KG.NS + "Document"));
        assertTrue(propertyIris.contains(nl.kamergraaf.vocab.KG.NS + "indiener"));
        assertFalse(propertyIris.contains(nl.kamergraaf.vocab.KG.NS + "Motie"));
        assertTrue(classIris.stream().allMatch(i -> i.startsWith(nl.kamergraaf.vocab.KG.NS)));
    }
}
