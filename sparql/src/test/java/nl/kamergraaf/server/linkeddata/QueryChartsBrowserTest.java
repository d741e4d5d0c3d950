package nl.kamergraaf.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.BundledStore;
import nl.kamergraaf.server.KamergraafServer;

/**
 * The query page's charts (kamergraaf-charts.js, a YASR plugin) in headless Chromium: a grouped count from the
 * gallery is drawn as bars, one per row, a count per year as a line, and dated rows on a timeline. The expected
 * rows come from running the same curated query against the server.
 */
@Tag("slow")
class QueryChartsBrowserTest {
    static KamergraafServer server;
    static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireInstalled();
        server = BundledStore.sharedServer();
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    static List<Binding> answer(String curated) throws Exception {
        String query = Files.readString(QueryPageBrowserTest.curated(curated + ".rq"));
        try (QueryExec exec = QueryExec.service(server.baseUrl() + "/sparql").query(query).build()) {
            List<Binding> rows = new java.util.ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** Runs a curated query from the gallery, waits for its table, then shows the chart view. */
    private void runAndShowChart(String curated, int rows) throws Exception {
        browser.open(server.baseUrl() + "/$/ping");
        browser.eval("localStorage.clear()");
        browser.open(server.baseUrl() + "/query");
        browser.waitUntil("window.kamergraafYasgui && document.querySelector('#curated button[data-name=\"" + curated + "\"]')");
        browser.eval("document.querySelector('#curated button[data-name=\"" + curated + "\"]').click()");
        browser.waitUntil(QueryPageBrowserTest.ROWS + ".length > 0");
        browser.waitUntil("document.querySelector('.yasr .select_kgChart')");
        browser.eval("document.querySelector('.yasr .select_kgChart').click()");
        browser.waitUntil("document.querySelector('.yasr .kg-chart svg')");
    }

    @Test
    void aGroupedCountFromTheGalleryIsDrawnAsOneBarPerRow() throws Exception {
        List<Binding> rows = answer("documents-per-soort");
        assertTrue(rows.size() > 3, "the data has several document soorten: " + rows.size());
        runAndShowChart("documents-per-soort", rows.size());

        assertEquals("bar", browser.evalString("document.querySelector('.yasr .kg-chart select').value"), "a label and a count: bars");
        assertEquals(String.valueOf(rows.size()), browser.evalString("String(document.querySelectorAll('.yasr .kg-chart svg rect.kg-bar').length)"));
        String first = rows.get(0).get("soort").getLiteralLexicalForm() + ": " + rows.get(0).get("documenten").getLiteralLexicalForm();
        assertEquals(first, browser.evalString("document.querySelector('.yasr .kg-chart svg rect.kg-bar title').textContent"));
        // the largest count has the longest bar
        assertEquals("true", browser.evalString("String((() => { const w = [...document.querySelectorAll('.yasr rect.kg-bar')]"
                + ".map(r => r.width.baseVal.value); return w[0] === Math.max(...w) && w[0] > w[w.length - 1]; })())"));
    }

    @Test
    void aCountPerYearIsDrawnAsALineAndDatedRowsOnATimeline() throws Exception {
        List<Binding> years = answer("documents-per-year");
        runAndShowChart("documents-per-year", years.size());
        assertEquals("line", browser.evalString("document.querySelector('.yasr .kg-chart select').value"), "a year and a count: a line");
        assertEquals(String.valueOf(years.size()), browser.evalString("String(document.querySelectorAll('.yasr svg circle.kg-point').length)"));
        assertTrue(browser.evalString("document.querySelector('.yasr svg path.kg-line').getAttribute('d')").startsWith("M"));
        // the same answer can also be shown as bars
        browser.eval("(() => { const s = document.querySelector('.yasr .kg-chart select'); s.value = 'bar'; s.dispatchEvent(new Event('change')); })()");
        browser.waitUntil("document.querySelectorAll('.yasr svg rect.kg-bar').length === " + years.size());

        List<Binding> dated = answer("government-letters-by-date");
        runAndShowChart("government-letters-by-date", dated.size());
        assertEquals("timeline", browser.evalString("document.querySelector('.yasr .kg-chart select').value"), "dates without counts: a timeline");
        assertEquals(String.valueOf(dated.size()), browser.evalString("String(document.querySelectorAll('.yasr svg circle.kg-event').length)"));
    }
}
