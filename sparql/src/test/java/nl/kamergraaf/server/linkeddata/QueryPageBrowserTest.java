package nl.kamergraaf.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.kamergraaf.BundledStore;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.server.KamergraafServer;

/**
 * The YASGUI query page in a real browser (Debian's headless Chromium): a curated query from the gallery runs and its
 * rows appear in YASR's table, and a shared link {@code /query#query=…} reopens the same query. In CI (CI=true) a
 * missing Chromium fails the test; elsewhere it is skipped with a note on how to install it.
 */
@Tag("slow")
class QueryPageBrowserTest {
    static final String CHIPS_ACT = "http://data.europa.eu/eli/reg/2023/1781/oj";
    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    static KamergraafServer server;
    static final String ROWS = "document.querySelectorAll('.yasr table.dataTable tbody tr')";

    @BeforeAll
    static void start() throws Exception {
        // The bundled data with its full-text index, which the completion of things by label needs.
        server = BundledStore.sharedServer();
    }

    static String url(String path) {
        return server.baseUrl() + path;
    }

    static Path curated(String file) {
        return ProjectFiles.dataDir().getParent().resolve("sparql/queries").resolve(file);
    }

    private void openQueryPage(String suffix) throws Exception {
        openQueryPage(browser, server, suffix);
    }

    /** Opens the query page afresh (with {@code suffix}, e.g. a {@code #query=…} link) and waits for its editor. */
    static void openQueryPage(HeadlessChromium browser, KamergraafServer server, String suffix) throws Exception {
        // From another document first, so that a link with a fragment loads the page anew rather than scrolling.
        browser.open(server.baseUrl() + "/$/ping");
        // YASGUI keeps its tabs and their last answers in local storage: each test starts without them.
        browser.eval("localStorage.clear()");
        browser.open(server.baseUrl() + "/query" + suffix);
        browser.waitUntil("window.kamergraafYasgui && window.kamergraafYasgui.getTab() && document.querySelector('.yasqe .CodeMirror')");
    }

    @Test
    void aCuratedQueryFromTheGalleryRunsAndItsRowsAreInTheTable() throws Exception {
        openQueryPage("");
        browser.waitUntil("document.querySelector('#curated button[data-name=\"motion-submitters\"]')");
        browser.eval("document.querySelector('#curated button[data-name=\"motion-submitters\"]').click()");
        browser.waitUntil(ROWS + ".length === 2 && document.querySelector('.yasr table.dataTable').innerText.includes('Zeedijk')");

        assertEquals(Files.readString(curated("motion-submitters.rq")),
                browser.evalString("kamergraafYasgui.getTab().getYasqe().getValue()"), "the gallery put the query in the editor");
        String table = browser.evalString("document.querySelector('.yasr table.dataTable').innerText");
        assertTrue(table.contains("F.A. Zeedijk") && table.contains("L.A.J.M. Dassen"), table);
        assertTrue(browser.evalString("document.querySelector('.yasr table.dataTable thead').innerText").contains("naam"),
                "the table's head names the variables");
        assertEquals("true", browser.evalString("String(!!document.querySelector('.yasr table.dataTable thead th.sorting, "
                + ".yasr table.dataTable thead th.dt-orderable-asc, .yasr table.dataTable thead th[aria-sort], .yasr table.dataTable thead th.sorting_asc'))"),
                "the columns sort");
    }

    @Test
    void aSharedLinkReopensTheSameQuery() throws Exception {
        String query = Files.readString(curated("letter-cites.rq"));
        openQueryPage("#query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        browser.waitUntil("kamergraafYasgui.getTab().getYasqe().getValue().includes('kg:citeert')");
        assertEquals(query, browser.evalString("kamergraafYasgui.getTab().getYasqe().getValue()"), "the link's query is in the editor");
        browser.waitUntil(ROWS + ".length === 2");
        assertTrue(browser.evalString("document.querySelector('.yasr table.dataTable').innerText").contains("Kamerstuk 36600-XIII-29"),
                "and it ran against this server");

        // The page's own share link, opened afresh, gives the same query again.
        String link = browser.evalString("kamergraafYasgui.getTab().getShareableLink()");
        assertTrue(link.startsWith(url("/query#")) && link.contains("query="), link);
        browser.eval("localStorage.clear()");
        browser.open(url("/$/ping"));
        browser.open(link);
        browser.waitUntil("window.kamergraafYasgui && kamergraafYasgui.getTab() && kamergraafYasgui.getTab().getYasqe().getValue().includes('kg:citeert')");
        assertEquals(query, browser.evalString("kamergraafYasgui.getTab().getYasqe().getValue()"));
        browser.waitUntil(ROWS + ".length === 2");
    }

    @Test
    void theEditorCompletesKamergraafTermsFromTheOntologyAndThePageAsksNoOtherHost() throws Exception {
        openQueryPage("");
        String hints = "[...document.querySelectorAll('.CodeMirror-hints li')].map(li => li.innerText)";
        // A property position after the declared kg: prefix.
        browser.eval("(() => { const y = kamergraafYasgui.getTab().getYasqe();"
                + " y.setValue(y.getValue().replace(/SELECT[\\s\\S]*$/, 'SELECT * WHERE {\\n  ?motie kg:ind'));"
                + " y.focus(); y.setCursor(y.lastLine(), y.getLine(y.lastLine()).length); y.autocomplete(); })()");
        browser.waitUntil(hints + ".includes('kg:indiener')");
        // A class position after "a".
        browser.eval("(() => { const y = kamergraafYasgui.getTab().getYasqe();"
                + " y.setValue(y.getValue().replace(/SELECT[\\s\\S]*$/, 'SELECT * WHERE {\\n  ?m a kg:Mot'));"
                + " y.focus(); y.setCursor(y.lastLine(), y.getLine(y.lastLine()).length); y.autocomplete(); })()");
        browser.waitUntil(hints + ".includes('kg:Motie')");
        // A bare word: things by their label, from the full-text index; the choice puts the IRI in the editor.
        browser.eval("(() => { const y = kamergraafYasgui.getTab().getYasqe();"
                + " y.setValue(y.getValue().replace(/SELECT[\\s\\S]*$/, 'SELECT * WHERE {\\n  ?ref kg:doel chips'));"
                + " y.focus(); y.setCursor(y.lastLine(), y.getLine(y.lastLine()).length); y.autocomplete(); })()");
        browser.waitUntil(hints + ".some(h => h.includes('<" + CHIPS_ACT + ">') && h.includes('Chips Act'))");
        browser.eval("(() => { const li = [...document.querySelectorAll('.CodeMirror-hints li')]"
                + ".find(li => li.innerText.includes('<" + CHIPS_ACT + ">'));"
                + " li.dispatchEvent(new MouseEvent('mousedown', {bubbles: true})); li.dispatchEvent(new MouseEvent('dblclick', {bubbles: true})); })()");
        browser.waitUntil("kamergraafYasgui.getTab().getYasqe().getValue().includes('?ref kg:doel <" + CHIPS_ACT + ">')");

        // Everything the page loaded (script, style, JSON, completions) came from this server.
        String origin = url("");
        String others = browser.evalString("JSON.stringify(performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(u => !u.startsWith(location.origin + '/')))");
        assertEquals("[]", others, "requests to other hosts than " + origin);
        assertTrue(browser.evalString("JSON.stringify(performance.getEntriesByType('resource').map(e => e.name))")
                .contains("/assets/yasgui/"), "the assets were loaded from this server");
    }
}
