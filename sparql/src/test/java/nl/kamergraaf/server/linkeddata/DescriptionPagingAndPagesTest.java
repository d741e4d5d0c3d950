package nl.kamergraaf.server.linkeddata;

import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.FRACTIE;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.FRACTIE_VOTES;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.MARKUP_TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inverse side paged with Hydra links, the HTML pages' escaping and embedded schema.org, and the start page. */
class DescriptionPagingAndPagesTest {
    static LinkedDataFixture fx;
    static final String FRACTIE_DOC = "/doc/fractie/0f000000-0000-4000-8000-000000000001";

    @BeforeAll
    static void server() throws Exception {
        fx = LinkedDataFixture.get();
    }

    @Test
    void aFractieWithMoreVotesThanAPageHoldsIsPagedWithHydraNextAndPrevious() throws Exception {
        int size = LinkedDataExtension.DEFAULT_PAGE_SIZE;
        int pages = (FRACTIE_VOTES + size - 1) / size;
        String base = LinkedDataFixture.BASE;

        ParsedAnswer first = ttl(FRACTIE_DOC + ".ttl");
        assertTrue(first.ask("ASK { <" + base + FRACTIE_DOC + "#incoming> hydra:totalItems " + FRACTIE_VOTES + " ; "
                + "hydra:view <" + base + FRACTIE_DOC + "> . <" + base + FRACTIE_DOC + "> a hydra:PartialCollectionView ; "
                + "hydra:next <" + base + FRACTIE_DOC + "?page=2> ; hydra:last <" + base + FRACTIE_DOC + "?page=" + pages + "> "
                + "FILTER NOT EXISTS { <" + base + FRACTIE_DOC + "> hydra:previous ?p } }"));
        assertEquals(size, countVotes(first));

        ParsedAnswer last = ttl(FRACTIE_DOC + ".ttl?page=" + pages);
        assertEquals(FRACTIE_VOTES - (pages - 1) * size, countVotes(last));
        assertTrue(last.ask("ASK { <" + base + FRACTIE_DOC + "?page=" + pages + "> hydra:previous <" + base + FRACTIE_DOC + "?page=" + (pages - 1) + "> "
                + "FILTER NOT EXISTS { ?x hydra:next ?n } }"));
        assertTrue(last.ask("ASK { <" + FRACTIE + "> rdfs:label \"Testfractie\"@nl }"), "every page carries the thing's own statements");

        String html = new String(fx.get(fx.url(FRACTIE_DOC + ".html?page=2")).body(), StandardCharsets.UTF_8);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertEquals(FRACTIE_DOC + ".html", page.selectFirst("a[rel=prev]").attr("href"), html);
        assertEquals(FRACTIE_DOC + ".html?page=3", page.selectFirst("a[rel=next]").attr("href"), html);
        assertEquals(404, fx.get(fx.url(FRACTIE_DOC + ".ttl?page=" + (pages + 1))).statusCode());
    }

    @Test
    void allPagesTogetherHoldEveryVoteOnce() throws Exception {
        int pages = (FRACTIE_VOTES + LinkedDataExtension.DEFAULT_PAGE_SIZE - 1) / LinkedDataExtension.DEFAULT_PAGE_SIZE;
        Model all = ModelFactory.createDefaultModel();
        int sum = 0;
        for (int p = 1; p <= pages; p++) {
            ParsedAnswer a = ttl(FRACTIE_DOC + ".ttl?page=" + p);
            sum += countVotes(a);
            all.add(a.jena);
        }
        assertEquals(FRACTIE_VOTES, sum);
        assertEquals(FRACTIE_VOTES, all.listStatements(null, all.createProperty("https://w3id.org/kamergraaf/def#fractie"),
                all.createResource(FRACTIE)).toList().size());
    }

    @Test
    void aTitleWithMarkupShowsAsTextAndTheEmbeddedJsonLdCannotCloseItsScript() throws Exception {
        String html = new String(fx.get(fx.url("/doc/document/2099D00002.html")).body(), StandardCharsets.UTF_8);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertEquals(MARKUP_TITLE, page.selectFirst("h1").text(), "the title as text: " + html);
        assertTrue(page.select("body script").isEmpty(), "no script element from the data: " + html);
        assertFalse(html.contains(MARKUP_TITLE), "the raw markup never reaches the page");
        assertFalse(html.contains("<img src=x"), "nor the raw img of the kg:titel value");

        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "schema.org JSON-LD is embedded");
        String json = m.group(1);
        assertFalse(json.contains("<"), json);
        Model schema = ModelFactory.createDefaultModel();
        // The document's own context (https://schema.org) is not fetched in a test: map it to the namespace inline.
        String inline = json.replace("\\/", "/").replace("\"@context\":\"https://schema.org\"", "\"@context\":{\"@vocab\":\"https://schema.org/\"}")
                            .replace("\"@context\" : \"https://schema.org\"", "\"@context\":{\"@vocab\":\"https://schema.org/\"}");
        RDFParser.fromString(inline, Lang.JSONLD).parse(schema);
        assertTrue(schema.contains(schema.createResource(LinkedDataFixture.MARKUP_TITLED), schema.createProperty("https://schema.org/name"), MARKUP_TITLE),
                "the name in the JSON-LD is the title as text: " + json);
        assertTrue(schema.contains(schema.createResource(LinkedDataFixture.MARKUP_TITLED), org.apache.jena.vocabulary.RDF.type,
                schema.createResource("https://schema.org/CreativeWork")), "the type comes from the ontology's alignment");
    }

    @Test
    void theStartPageLinksToQueryDumpsCatalogOntologyAndEntryPointsOfTheRightKinds() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url("/"));
        assertEquals(200, r.statusCode());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        for (String link : new String[] {"/query", "/dumps/", "/catalog", "/def"}) {
            assertTrue(html.contains("href=\"" + link + "\""), "links to " + link);
        }
        // Each entry-point section lists things of its kind, checked with SPARQL on the endpoint; the newest
        // document comes first. Checked against the store, not against a fixed list, so more data changes nothing.
        List<String> newest = entries(html, "Nieuwste documenten");
        assertFalse(newest.isEmpty());
        String newestByQuery = selectOne("SELECT ?d { ?d a kg:Document ; kg:datum ?date } ORDER BY DESC(?date) ?d LIMIT 1");
        assertTrue(askOnEndpoint("ASK { <" + newest.get(0) + "> kg:datum ?a . <" + newestByQuery + "> kg:datum ?b FILTER(?a = ?b) }"),
                "the first listed document has the newest date");
        for (String[] section : new String[][] {{"Nieuwste documenten", "kg:Document"}, {"Dossiers", "kg:Kamerstukdossier"},
                {"Fracties", "kg:Fractie"}}) {
            List<String> things = entries(html, section[0]);
            assertFalse(things.isEmpty(), section[0] + " lists something");
            for (String thing : things) assertTrue(askOnEndpoint("ASK { <" + thing + "> a " + section[1] + " }"), thing + " is a " + section[1]);
        }
    }

    /** The IRIs (under the data's base) of the links in one h2 section of a page. */
    private static List<String> entries(String html, String heading) {
        int from = html.indexOf("<h2>" + heading + "</h2>");
        assertTrue(from >= 0, "section " + heading);
        int to = html.indexOf("<h2>", from + 4);
        String section = html.substring(from, to < 0 ? html.length() : to);
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(/id/[^\"]+)\"").matcher(section);
        while (m.find()) out.add(LinkedDataFixture.BASE + m.group(1));
        return out;
    }

    private static boolean askOnEndpoint(String ask) {
        try (QueryExecution qe = QueryExecutionHTTP.service(fx.server.sparqlUrl()).query(ParsedAnswer.Prefixes.SPARQL + ask).build()) {
            return qe.execAsk();
        }
    }

    private static String selectOne(String select) {
        try (QueryExecution qe = QueryExecutionHTTP.service(fx.server.sparqlUrl()).query(ParsedAnswer.Prefixes.SPARQL + select).build()) {
            return qe.execSelect().next().getResource("d").getURI();
        }
    }

    private static ParsedAnswer ttl(String path) throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url(path));
        assertEquals(200, r.statusCode(), path);
        return new ParsedAnswer(r.body(), Representation.TURTLE, fx.url(path));
    }

    private static int countVotes(ParsedAnswer a) {
        return a.jena.listStatements(null, a.jena.createProperty("https://w3id.org/kamergraaf/def#fractie"),
                a.jena.createResource(FRACTIE)).toList().size();
    }
}
