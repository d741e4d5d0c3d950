package nl.kamergraaf.server.linkeddata;

import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.LETTER;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.MARKUP_TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * The pages in a real browser (Debian's headless Chromium): the seed letter shows its title and links, a click leads
 * to a person's page, and a title made of markup is shown as text and runs nothing. In CI (CI=true) a missing
 * Chromium fails the test; elsewhere it is skipped with a note on how to install it.
 */
@Tag("slow")
class BrowserTest {
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

    @Test
    void theSeedLettersPageShowsItsTitleAndLinksAndALinkLeadsToTheMinister() throws Exception {
        browser.open(fx.serverUrlOf(LETTER));

        assertTrue(browser.evalString("location.pathname").equals("/doc/document/2024D50227"), "the 303 was followed");
        String title = "Voortgang ‘Coalition of the Willing’ ten aanzien van halfgeleiderindustrie";
        assertEquals(title, browser.evalString("document.querySelector('h1').innerText"));
        assertTrue(browser.evalString("document.title").startsWith(title));
        assertEquals("33009 Innovatiebeleid", browser.evalString(
                "[...document.querySelectorAll('a')].find(a => a.getAttribute('href') === '/id/dossier/33009').innerText"));

        browser.eval("document.querySelector('a[href=\"/id/persoon/d-s-beljaarts\"]').click()");
        browser.waitUntil("location.pathname === '/doc/persoon/d-s-beljaarts' && document.readyState === 'complete'");
        assertEquals("D.S. Beljaarts", browser.evalString("document.querySelector('h1').innerText"));
        assertTrue(browser.evalString("document.body.innerText").contains("Minister van Economische Zaken"),
                "the person's page shows the post held, an incoming link");
    }

    @Test
    void aTitleMadeOfScriptMarkupIsShownAsTextAndRunsNothing() throws Exception {
        browser.open(fx.url("/doc/document/2099D00002.html"));

        assertEquals(MARKUP_TITLE, browser.evalString("document.querySelector('h1').innerText"));
        assertNotEquals("pwned", browser.evalString("document.title"));
        assertTrue(browser.evalString("document.title").startsWith(MARKUP_TITLE), browser.evalString("document.title"));
        assertEquals("0", browser.evalString("String(document.querySelectorAll('img').length)"), "the img in kg:titel is text too");
        assertEquals("0", browser.evalString("String([...document.scripts].filter(s => s.type !== 'application/ld+json').length)"),
                "no script element but the JSON-LD data block");
    }
}
