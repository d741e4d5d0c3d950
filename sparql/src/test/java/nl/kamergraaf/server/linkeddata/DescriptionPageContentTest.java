package nl.kamergraaf.server.linkeddata;

import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.LETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML pages for people, read as HTML (jsoup) and checked against the loaded store with SPARQL: a page leads with
 * the thing's own kg: facts in its class's order, with labels; the statements in standard vocabularies are folded into
 * a closed "also as" section; a document shows its references with their sentences, a besluit its votes per fractie;
 * the RDF keeps every statement.
 */
class DescriptionPageContentTest {
    static LinkedDataFixture fx;
    static StoreQueries store;

    @BeforeAll
    static void start() throws Exception {
        fx = LinkedDataFixture.get();
        store = new StoreQueries(fx);
    }

    @Test
    void theLettersPageShowsItsTitleOnceOutsideTheFoldedSection() throws Exception {
        Document page = page("/doc/document/2024D50227.html");
        String label = one("SELECT ?v WHERE { <" + LETTER + "> rdfs:label ?v FILTER(lang(?v) = 'nl') }");
        assertEquals(label, page.selectFirst("h1").text());

        Element main = page.selectFirst("main").clone();
        main.select("details").remove();
        main.select("h1").remove();
        assertFalse(main.text().contains(label), "the title is the heading only, not repeated by kg:onderwerp or rdfs:label");
        assertTrue(page.selectFirst("details.also").text().contains(label), "its standard-vocabulary copies are folded away");
        assertFalse(page.selectFirst("details.also").hasAttr("open"), "the folded section starts closed");
    }

    @Test
    void theLettersFactsAreItsKgStatementsWithLabelsAndTheStandardOnesAreFolded() throws Exception {
        Document page = page("/doc/document/2024D50227.html");
        Map<String, List<String>> facts = rows(page.selectFirst("table.facts"));

        assertEquals(labelsOf("<" + LETTER + "> kg:dossier ?x"), new TreeSet<>(facts.get(propertyLabel("dossier"))), "both dossiers, by label");
        assertEquals(2, facts.get(propertyLabel("dossier")).size());
        assertEquals(labelsOf("<" + LETTER + "> kg:ondertekenaar ?x"), new TreeSet<>(facts.get(propertyLabel("ondertekenaar"))), "the minister");
        assertEquals(labelsOf("<" + LETTER + "> kg:citeert ?x"), new TreeSet<>(facts.get(propertyLabel("citeert"))), "the cited kamerstukken");
        assertEquals(labelsOf("<" + LETTER + "> kg:noemt ?x"), new TreeSet<>(facts.get(propertyLabel("noemt"))), "the mentions");
        assertEquals(count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { <" + LETTER + "> kg:noemt ?x }"),
                facts.get(propertyLabel("noemt")).size());

        List<String> order = new ArrayList<>(facts.keySet());
        assertTrue(order.indexOf(propertyLabel("titel")) < order.indexOf(propertyLabel("datum"))
                && order.indexOf(propertyLabel("datum")) < order.indexOf(propertyLabel("dossier"))
                && order.indexOf(propertyLabel("dossier")) < order.indexOf(propertyLabel("zaak"))
                && order.indexOf(propertyLabel("zaak")) < order.indexOf(propertyLabel("ondertekenaar"))
                && order.indexOf(propertyLabel("ondertekenaar")) < order.indexOf(propertyLabel("citeert")),
                "title, date, dossier, zaak, signer, citations: " + order);
        for (String property : facts.keySet()) {
            assertFalse(property.contains(":"), "no standard term among the lead facts: " + property);
        }
        Map<String, List<String>> also = rows(page.selectFirst("details.also table"));
        for (String standard : List.of("eli:title", "eli:is_part_of", "dct:isPartOf", "schema:mentions", "rdfs:label", "rdf:type")) {
            assertTrue(also.containsKey(standard), standard + " is in the also-as section: " + also.keySet());
        }
        assertTrue(also.get("rdf:type").contains("eli:Work"), "eli:Work is a folded class, by its prefixed name: " + also.get("rdf:type"));
        String typeLine = page.selectFirst("p.type").text();
        assertTrue(typeLine.contains(one("SELECT ?v WHERE { kg:Brief rdfs:label ?v FILTER(lang(?v) = 'nl') }")), typeLine);
        assertFalse(typeLine.contains("Work") || typeLine.contains("CreativeWork"), "only kg: classes in the type line: " + typeLine);
    }

    @Test
    void noLinkShowsABareIriWhereTheStoreHasALabel() throws Exception {
        Document page = page("/doc/document/2024D50227.html");
        Element main = page.selectFirst("main").clone();
        main.select("p.iri").remove();
        for (Element a : main.select("a[href]")) {
            String text = a.text();
            if (!text.startsWith("http")) continue;
            assertFalse(ask("ASK { <" + text + "> rdfs:label|skos:prefLabel ?l }"), "a bare IRI with a label in the store: " + text);
        }
    }

    @Test
    void theLettersReferencesShowTheSentenceTheyWereFoundIn() throws Exception {
        Document page = page("/doc/document/2024D50227.html");
        List<Element> rows = page.select("table.cites tr:has(td)");
        assertEquals(count("SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?v kg:bron <" + LETTER + "> }"), rows.size());
        for (Element row : rows) {
            Element mark = row.selectFirst("td.zin mark");
            assertNotNull(mark, "the recognised words are marked in their sentence: " + row);
            String sentence = row.selectFirst("td.zin").text();
            assertTrue(ask("ASK { ?v kg:bron <" + LETTER + "> ; kg:verwijzingstekst " + literal(mark.text())
                    + " ; kg:gevondenIn ?s FILTER(CONTAINS(?s, " + literal(mark.text()) + ")) }"), sentence);
        }
        Element cited = page.selectFirst("table.cites a[href=/id/kamerstuk/36600-XIII-29]");
        assertNotNull(cited, "a cited kamerstuk links to its page");
        assertEquals(one("SELECT ?v WHERE { <" + LinkedDataFixture.BASE + "/id/kamerstuk/36600-XIII-29> rdfs:label ?v } LIMIT 1"), cited.text());
    }

    @Test
    void aCitedKamerstuksPageShowsWhereItIsCitedWithTheSentence() throws Exception {
        String kamerstuk = LinkedDataFixture.BASE + "/id/kamerstuk/36600-XIII-29";
        Document page = page("/doc/kamerstuk/36600-XIII-29.html");
        List<Element> rows = page.select("table.cited-by tr:has(td)");
        assertEquals(count("SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?v kg:doel <" + kamerstuk + "> }"), rows.size());
        Element letter = page.selectFirst("table.cited-by a[href=/id/document/2024D50227]");
        assertNotNull(letter, "the letter cites it");
        assertEquals(one("SELECT ?v WHERE { <" + LETTER + "> rdfs:label ?v FILTER(lang(?v) = 'nl') }"), letter.text());
        String sentence = spaced(letter.closest("tr").selectFirst("td.zin").text());
        List<String> stored = new ArrayList<>();
        store.select("SELECT ?s WHERE { ?v kg:doel <" + kamerstuk + "> ; kg:bron <" + LETTER + "> ; kg:gevondenIn ?s }",
                rs -> rs.forEachRemaining(r -> stored.add(spaced(r.getLiteral("s").getString()))));
        assertTrue(stored.contains(sentence), sentence + " in " + stored);
    }

    @Test
    void aBesluitPageShowsTheVotesPerFractie() throws Exception {
        // the besluit with the most votes: a roll call, whose members' votes are tallied under their fracties
        String besluit = one("SELECT ?b WHERE { ?s kg:besluit ?b } GROUP BY ?b ORDER BY DESC(COUNT(?s)) ?b LIMIT 1");
        Document page = page(besluit.substring(LinkedDataFixture.BASE.length()).replace("/id/", "/doc/") + ".html");

        Map<String, Map<String, Long>> expected = new TreeMap<>();
        store.select("""
                SELECT ?fractie ?keuze (SUM(?w) AS ?zetels) WHERE {
                  { SELECT DISTINCT ?s ?f ?o ?w WHERE { ?s kg:besluit <%s> ; opengov:organization ?f ; opengov:option ?o ; opengov:weight ?w } }
                  { SELECT ?f (SAMPLE(?l) AS ?fractie) WHERE { ?f rdfs:label ?l FILTER(lang(?l) = 'nl') } GROUP BY ?f }
                  { SELECT ?o (SAMPLE(?k) AS ?keuze) WHERE { ?o skos:prefLabel ?k FILTER(lang(?k) = 'nl') } GROUP BY ?o }
                } GROUP BY ?fractie ?keuze""".formatted(besluit), rs -> rs.forEachRemaining(s ->
                expected.computeIfAbsent(s.getLiteral("fractie").getString(), k -> new TreeMap<>())
                        .put(s.getLiteral("keuze").getString(), s.getLiteral("zetels").getLong())));
        assertTrue(expected.size() > 1, "votes of several fracties: " + expected);
        Map<String, Map<String, Long>> shown = new TreeMap<>();
        for (Element row : page.select("table.votes tr:has(td)")) {
            Map<String, Long> choices = new TreeMap<>();
            for (Element seg : row.select("td.bar .seg")) {
                String[] choiceAndSeats = seg.attr("title").split(": ");
                choices.put(choiceAndSeats[0], Long.parseLong(choiceAndSeats[1]));
            }
            shown.put(row.selectFirst("td.fractie").text(), choices);
            assertEquals(choices.values().stream().mapToLong(Long::longValue).sum(), Long.parseLong(row.selectFirst("td.zetels").text()));
        }
        assertEquals(expected, shown);
    }

    @Test
    void eachClassLeadsWithTheFirstPropertyOfItsProfileThatIsNotTheTitle() throws Exception {
        for (PageProfile profile : List.of(PageProfile.ZAAK, PageProfile.PERSOON, PageProfile.FRACTIE, PageProfile.DOSSIER,
                PageProfile.BESLUIT, PageProfile.DOCUMENT)) {
            String kind = profile.name().equals("DOSSIER") ? "Kamerstukdossier" : profile.name().charAt(0) + profile.name().substring(1).toLowerCase();
            String thing = one("SELECT ?x WHERE { ?x a kg:" + kind + " FILTER(STRSTARTS(STR(?x), '" + LinkedDataFixture.BASE
                    + "/id/')) } ORDER BY ?x LIMIT 1");
            Document page = page(thing.substring(LinkedDataFixture.BASE.length()).replace("/id/", "/doc/") + ".html");
            String title = page.selectFirst("h1").text();
            String expected = null;
            for (org.apache.jena.graph.Node p : profile.leading()) {
                if (ask("ASK { <" + thing + "> <" + p.getURI() + "> ?v FILTER(STR(?v) != " + literal(title) + ") }")) {
                    expected = one("SELECT ?v WHERE { <" + p.getURI() + "> rdfs:label ?v FILTER(lang(?v) = 'nl') }");
                    break;
                }
            }
            assertNotNull(expected, thing);
            assertEquals(expected, page.selectFirst("table.facts tr th").text(), kind + " " + thing);
        }
    }

    @Test
    void theTurtleOfTheLetterStillHoldsEveryOneOfItsStatements() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url("/doc/document/2024D50227.ttl"));
        ParsedAnswer a = new ParsedAnswer(r.body(), Representation.TURTLE, fx.url("/doc/document/2024D50227.ttl"));
        long own = a.jena.listStatements(a.jena.createResource(LETTER), null, (org.apache.jena.rdf.model.RDFNode) null).toList().size();
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?p ?o WHERE { <" + LETTER + "> ?p ?o } }"), own);
    }

    @Test
    void aLinkedThingsScriptLabelIsEscapedText() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url("/doc/document/2099D00002.html"));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertFalse(html.contains(LinkedDataFixture.SCRIPT_LABEL));
        Document page = Jsoup.parse(html);
        Element link = page.selectFirst("a[href=/id/entiteit/test-script-label]");
        assertEquals(LinkedDataFixture.SCRIPT_LABEL, link.text(), "shown as its text");
        assertEquals(1, page.select("script").size(), "only the JSON-LD block: " + page.select("script"));
    }

    // --- helpers

    private static Document page(String path) throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url(path));
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    /** A table's rows: header text to the texts of its values. */
    private static Map<String, List<String>> rows(Element table) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Element tr : table.select("tr")) {
            Element th = tr.selectFirst("th");
            if (th == null) continue;
            out.put(th.text(), tr.select("td li").stream().map(li -> li.selectFirst("a, span, div").text()).toList());
        }
        return out;
    }

    private static String propertyLabel(String local) {
        return store.propertyLabel(local);
    }

    private static TreeSet<String> labelsOf(String pattern) {
        return store.labelsOf(pattern);
    }

    private static String one(String select) {
        return store.one(select);
    }

    private static long count(String select) {
        return store.count(select);
    }

    private static boolean ask(String ask) {
        return store.ask(ask);
    }

    /** Whitespace as HTML text shows it: any run of spaces (incl. no-break spaces) as one space. */
    private static String spaced(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").trim();
    }

    private static String literal(String s) {
        return StoreQueries.literal(s);
    }
}
