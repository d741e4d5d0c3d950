package nl.kamergraaf.linkeddata;

import static nl.kamergraaf.linkeddata.LinkedDataFixture.FRACTIE;
import static nl.kamergraaf.linkeddata.LinkedDataFixture.FRACTIE_VOTES;
import static nl.kamergraaf.linkeddata.LinkedDataFixture.MARKUP_TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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
        assertTrue(html.contains("rel=\"prev\" href=\"" + FRACTIE_DOC + ".html\""), html);
        assertTrue(html.contains("rel=\"next\" href=\"" + FRACTIE_DOC + ".html?page=3\""), html);
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
        assertTrue(html.contains("<h1>&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;</h1>"), html);
        assertFalse(html.contains(MARKUP_TITLE), "the raw markup never reaches the page");
        assertFalse(html.contains("<img src=x"), "nor the raw img of the kg:titel value");

        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "schema.org JSON-LD is embedded");
        String json = m.group(1);
        assertFalse(json.contains("<"), json);
        Model schema = ModelFactory.createDefaultModel();
        // The document's own context (https://schema.org) is not fetched in a test: map it to the namespace inline.
        String inline = json.replace("\"@context\":\"https://schema.org\"", "\"@context\":{\"@vocab\":\"https://schema.org/\"}")
                            .replace("\"@context\" : \"https://schema.org\"", "\"@context\":{\"@vocab\":\"https://schema.org/\"}");
        RDFParser.fromString(inline, Lang.JSONLD).parse(schema);
        assertTrue(schema.contains(schema.createResource(LinkedDataFixture.MARKUP_TITLED), schema.createProperty("https://schema.org/name"), MARKUP_TITLE),
                "the name in the JSON-LD is the title as text: " + json);
        assertTrue(schema.contains(schema.createResource(LinkedDataFixture.MARKUP_TITLED), org.apache.jena.vocabulary.RDF.type,
                schema.createResource("https://schema.org/CreativeWork")), "the type comes from the ontology's alignment");
    }

    @Test
    void theStartPageLinksToQueryDumpsCatalogOntologyAndEntryPoints() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url("/"));
        assertEquals(200, r.statusCode());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        for (String link : new String[] {"/query", "/dumps/", "/catalog", "/def", "/id/document/2024D50227", "/id/dossier/33009",
                "/id/fractie/0f000000-0000-4000-8000-000000000001"}) {
            assertTrue(html.contains("href=\"" + link + "\""), "links to " + link);
        }
        assertTrue(html.contains("halfgeleiderindustrie</a> <span class=\"lang\">2024-12-16</span>"),
                "the newest documents are listed with their title and date");
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
