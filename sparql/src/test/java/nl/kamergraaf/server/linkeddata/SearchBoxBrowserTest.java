package nl.kamergraaf.server.linkeddata;

import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.LETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The search box in headless Chromium: typed into the header of a /doc/ page (and into the query page's), it leads to
 * /zoek, whose results hold the seed letter's title as the store has it, linked to the letter's page.
 */
@Tag("slow")
class SearchBoxBrowserTest {
    static LinkedDataFixture fx;
    static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireInstalled();
        fx = LinkedDataFixture.get();
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    /** The seed letter's Dutch label, asked of the server's SPARQL endpoint. */
    static String letterTitle() {
        String q = "SELECT ?l WHERE { <" + LETTER + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(LANG(?l) = \"nl\") }";
        try (QueryExec exec = QueryExec.service(fx.url("/sparql")).query(q).build()) {
            return exec.select().next().get("l").getLiteralLexicalForm();
        }
    }

    private void searchFrom(String page, String input, String words) throws Exception {
        browser.open(fx.url(page));
        browser.waitUntil("document.querySelector('" + input + "')");
        browser.eval("(() => { const i = document.querySelector('" + input + "'); i.value = '" + words + "'; i.form.requestSubmit(); })()");
        browser.waitUntil("location.pathname === '/zoek' && document.readyState === 'complete' && document.querySelector('ol.results')");
    }

    @Test
    void theSearchBoxOnADescriptionPageLeadsToResultsWithTheLettersTitle() throws Exception {
        String title = letterTitle();
        assertTrue(title.contains("halfgeleiderindustrie"), title);
        searchFrom("/doc/document/2024D50227", "header form[role=search] input[name=q]", "halfgeleiderindustrie");

        assertEquals("halfgeleiderindustrie", browser.evalString("new URLSearchParams(location.search).get('q')"));
        String link = "[...document.querySelectorAll('ol.results a')].find(a => a.textContent === " + js(title) + ")";
        assertEquals("/doc/document/2024D50227", browser.evalString(link + ".getAttribute('href')"), "the letter, linked to its page");
        browser.eval(link + ".click()");
        browser.waitUntil("location.pathname === '/doc/document/2024D50227' && document.readyState === 'complete'");
        assertEquals(title, browser.evalString("document.querySelector('h1').innerText"));
    }

    @Test
    void theQueryPagesSearchBoxLeadsToTheSameResults() throws Exception {
        String title = letterTitle();
        searchFrom("/query", "#zoek-q", "halfgeleiderindustrie");
        assertTrue(browser.evalString("document.querySelector('ol.results').innerText").contains(title));
    }

    private static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
