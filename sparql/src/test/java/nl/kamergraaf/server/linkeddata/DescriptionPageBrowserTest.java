package nl.kamergraaf.server.linkeddata;

import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.LETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pages for people as a reader sees them in headless Chromium, checked against the loaded store with SPARQL: the
 * letter's page shows its title once, its dossiers, the minister, the cited kamerstukken and the mentions by label,
 * with the standard-vocabulary copies folded away until opened; a besluit's page shows a bar of votes per fractie; a
 * label made of a script is shown as text and runs nothing.
 */
@Tag("slow")
class DescriptionPageBrowserTest {
    static LinkedDataFixture fx;
    static StoreQueries store;
    static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireInstalled();
        fx = LinkedDataFixture.get();
        store = new StoreQueries(fx);
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void theLettersPageShowsItsTitleOnceItsDossiersTheMinisterItsCitationsAndMentionsByLabel() throws Exception {
        browser.open(fx.serverUrlOf(LETTER));
        String title = store.one("SELECT ?v WHERE { <" + LETTER + "> rdfs:label ?v FILTER(lang(?v) = 'nl') }");
        assertEquals(title, browser.evalString("document.querySelector('h1').innerText"));
        String visible = browser.evalString("document.querySelector('main').innerText");
        assertEquals(1, occurrences(visible, title), "the title is shown once; its copies are folded away");

        assertEquals(store.labelsOf("<" + LETTER + "> kg:dossier ?x"), linkTexts(store.propertyLabel("dossier")));
        assertEquals(2, linkTexts(store.propertyLabel("dossier")).size(), "two dossiers");
        assertEquals(store.labelsOf("<" + LETTER + "> kg:ondertekenaar ?x"), linkTexts(store.propertyLabel("ondertekenaar")));
        assertTrue(linkTexts(store.propertyLabel("ondertekenaar")).contains("D.S. Beljaarts"), "the minister signed it");
        assertEquals(store.labelsOf("<" + LETTER + "> kg:citeert ?x"), linkTexts(store.propertyLabel("citeert")));
        assertEquals(store.labelsOf("<" + LETTER + "> kg:noemt ?x"), linkTexts(store.propertyLabel("noemt")));
        assertEquals(store.count("SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?v kg:bron <" + LETTER + "> }"),
                Long.parseLong(browser.evalString("String(document.querySelectorAll('table.cites tr td.zin').length)")),
                "every reference with its sentence");

        assertFalse(visible.contains("eli:title"), "the also-as section starts closed");
        browser.eval("document.querySelector('details.also summary').click()");
        browser.waitUntil("document.querySelector('details.also').open");
        assertTrue(browser.evalString("document.querySelector('main').innerText").contains("eli:title"), "opened, it shows eli:title");
    }

    @Test
    void aBesluitsPageShowsABarOfVotesPerFractie() throws Exception {
        String besluit = store.one("SELECT ?b WHERE { ?s kg:besluit ?b } GROUP BY ?b ORDER BY DESC(COUNT(?s)) ?b LIMIT 1");
        browser.open(fx.serverUrlOf(besluit));
        long fracties = store.count("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?s kg:besluit <" + besluit + "> ; opengov:organization ?f }");
        assertEquals(fracties, Long.parseLong(browser.evalString("String(document.querySelectorAll('table.votes tr td.fractie').length)")));
        String widths = browser.evalString("[...document.querySelectorAll('table.votes td.bar > div')].map(d => d.getBoundingClientRect().width).join(' ')");
        assertTrue(Arrays.stream(widths.split(" ")).mapToDouble(Double::parseDouble).allMatch(w -> w > 0), "every fractie's bar is drawn: " + widths);
        String fractie = store.one("SELECT ?l WHERE { ?s kg:besluit <" + besluit + "> ; opengov:organization ?f . ?f rdfs:label ?l "
                + "FILTER(lang(?l) = 'nl') } ORDER BY ?l LIMIT 1");
        assertTrue(browser.evalString("document.querySelector('table.votes').innerText").contains(fractie), fractie);
    }

    @Test
    void aLabelMadeOfAScriptIsShownAsTextAndRunsNothing() throws Exception {
        browser.open(fx.url("/doc/document/2099D00002.html"));
        assertEquals(LinkedDataFixture.SCRIPT_LABEL,
                browser.evalString("document.querySelector('a[href=\"/id/entiteit/test-script-label\"]').innerText"));
        assertNotEquals("pwned by a label", browser.evalString("document.title"));
        assertEquals("0", browser.evalString("String([...document.scripts].filter(s => s.type !== 'application/ld+json').length)"));
    }

    /** The texts of the links in the facts row of a property. */
    private static TreeSet<String> linkTexts(String propertyLabel) throws Exception {
        String texts = browser.evalString("JSON.stringify([...document.querySelectorAll('table.facts tr')]"
                + ".filter(tr => tr.querySelector('th').innerText.trim() === " + jsString(propertyLabel) + ")"
                + ".flatMap(tr => [...tr.querySelectorAll('td li > a:not(.ext)')].map(a => a.innerText)))");
        TreeSet<String> out = new TreeSet<>();
        org.apache.jena.atlas.json.JSON.parseAny(texts).getAsArray().forEach(v -> out.add(v.getAsString().value()));
        return out;
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
        return n;
    }
}
