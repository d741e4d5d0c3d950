package nl.kamergraaf.server.linkeddata;

import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.BASE;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.CHIPS_ACT;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.DASSEN;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.LETTER;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.ZEEDIJK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A crawler starting at the seed letter reaches, by following links only, the dossier, the minister, the cited motion
 * and its submitters, the EU Chips Act, and the record graph the letter comes from, and meets no link on our server
 * that answers 4xx or 5xx.
 */
// slow: follows every link from the seed letter, hundreds of requests; DereferencingTest keeps the seed
// letter's links covered in the quick loop.
@Tag("slow")
class CrawlTest {
    private static final int MAX_FETCHES = 700;
    static final LinkedDataFixture fx = LinkedDataFixture.shared();

    @Test
    void followingHtmlLinksFromTheSeedLetterReachesItsNeighboursAndNoLinkIsBroken() throws Exception {
        LinkCrawler crawl = new LinkCrawler(fx, "text/html", LinkCrawler::htmlLinks).crawl(fx.serverUrlOf(LETTER), MAX_FETCHES);

        assertEquals(List.of(), crawl.broken(), "links answering 4xx or 5xx");
        for (String path : List.of("/doc/dossier/33009", "/doc/persoon/d-s-beljaarts", "/doc/kamerstuk/36600-XIII-29",
                path(ZEEDIJK), path(DASSEN), "/doc?uri=" + URLEncoder.encode(CHIPS_ACT, StandardCharsets.UTF_8),
                "/graph/pagina/2024D50227", "/doc/graph/pagina/2024D50227")) {
            assertTrue(crawl.reached(path), "reached " + path + "; fetched " + crawl.fetched.size());
        }
        assertTrue(crawl.fetched.size() > 30, "the crawl went beyond the letter's neighbours");
    }

    @Test
    void followingRdfObjectsUnderTheBaseFromTheSeedLetterReachesTheSameThings() throws Exception {
        LinkCrawler crawl = new LinkCrawler(fx, "text/turtle", CrawlTest::rdfLinks).crawl(fx.serverUrlOf(LETTER), MAX_FETCHES);

        assertEquals(List.of(), crawl.broken(), "links answering 4xx or 5xx");
        for (String iri : List.of(BASE + "/id/dossier/33009", BASE + "/id/persoon/d-s-beljaarts",
                BASE + "/id/kamerstuk/36600-XIII-29", ZEEDIJK, DASSEN, BASE + "/graph/pagina/2024D50227")) {
            assertTrue(crawl.reached(iri.substring(BASE.length())), "reached " + iri);
        }
    }

    /**
     * The things and record graphs under the data's base in a Turtle answer, as this server's URLs; the ELI IRI is
     * external, not followed.
     */
    private static List<String> rdfLinks(String url, byte[] body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.TURTLE).base(url).parse(g);
        List<String> out = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                if (n.isURI() && (n.getURI().startsWith(BASE + "/id/") || n.getURI().startsWith(BASE + "/graph/"))) {
                    out.add(fx.serverUrlOf(n.getURI()));
                }
            }
        });
        return out;
    }

    private static String path(String iri) {
        return "/doc" + iri.substring((BASE + "/id").length());
    }
}
