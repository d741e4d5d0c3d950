package nl.kamergraaf.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.kamergraaf.bench.measure.HttpLoad;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.server.KamergraafServer;

/**
 * Against a running Kamergraaf server over the benchmark store: the latency of every curated query against a trivial
 * ASK (1 and 8 clients), and the throughput of linked-data pages (Turtle and HTML, 8 clients) against Fuseki's own
 * {@code /$/ping} and against the same description fetched with SPARQL DESCRIBE.
 */
final class ServeBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESULTS_JSON = "application/sparql-results+json";
    /** About this long is spent measuring each query at each concurrency (fewer rounds for slow queries). */
    private static final double BUDGET_SECONDS = 1.5;
    /** Fracties are the hubs: every vote of theirs points at them (about a hundred thousand each at scale 1.0). */
    private static final String[] PAGE_CLASSES = {"Document", "Zaak", "Besluit", "Stemming", "Activiteit", "Persoon", "Fractie"};
    private static final String HUB_CLASS = "Fractie";
    private static final String ORDINARY_CLASS = "Document";

    private final Report report;
    private final HttpLoad http = new HttpLoad();
    private final KamergraafServer server;

    ServeBench(Report report, KamergraafServer server) {
        this.report = report;
        this.server = server;
    }

    void queries(Path queryDir) throws Exception {
        report.section("Curated queries: latency (warm) against ASK {} on the same server");
        List<Path> files = List.of();
        if (Files.isDirectory(queryDir)) try (Stream<Path> s = Files.list(queryDir)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        // warm the server (JIT, caches) on the reference and on every query before anything is measured
        http.run(2, 200, 0, i -> sparql("ASK {}", RESULTS_JSON));
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (parses(text)) {
                try {
                    http.run(1, 3, 0, i -> sparql(text, accept(text)));
                } catch (ExecutionException e) {
                    // reported when the query is measured below
                }
            }
        }
        HttpLoad.Stats ask1 = http.run(1, 20, 200, i -> sparql("ASK {}", RESULTS_JSON));
        HttpLoad.Stats ask8 = http.run(8, 5, 100, i -> sparql("ASK {}", RESULTS_JSON));
        report.line("%-36s 1 client p50 %8.2f ms p99 %8.2f ms | 8 clients p50 %8.2f ms p99 %8.2f ms", "ASK {} (reference)",
                ask1.p50(), ask1.p99(), ask8.p50(), ask8.p99());
        if (files.isEmpty()) {
            report.line("no curated queries in %s", queryDir);
            return;
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (!parses(text)) {
                report.line("%s: does not parse; skipped", f.getFileName());
                continue;
            }
            HttpRequest r = sparql(text, accept(text));
            String name = f.getFileName().toString().replace(".rq", "");
            long t0 = System.nanoTime();
            try {
                measure(name, r, t0, ask1, ask8);
            } catch (IOException | ExecutionException e) {
                // at full scale a query may run past the endpoint's time limit: say so and measure the others
                report.line("%-36s FAILED after %.1f s: %s", name, (System.nanoTime() - t0) / 1e9, e.getMessage());
            }
        }
    }

    private void measure(String name, HttpRequest r, long t0, HttpLoad.Stats ask1, HttpLoad.Stats ask8) throws Exception {
        http.send(r);
        double once = (System.nanoTime() - t0) / 1e9;
        int rounds1 = (int) Math.max(5, Math.min(50, BUDGET_SECONDS / Math.max(once, 1e-4)));
        int rounds8 = (int) Math.max(2, Math.min(20, BUDGET_SECONDS / Math.max(once, 1e-4) / 4));
        HttpLoad.Stats one = http.run(1, 2, rounds1, i -> r);
        HttpLoad.Stats eight = http.run(8, 1, rounds8, i -> r);
        report.line("%-36s 1 client p50 %8.2f ms p99 %8.2f ms | 8 clients p50 %8.2f ms p99 %8.2f ms", name,
                one.p50(), one.p99(), eight.p50(), eight.p99());
        report.ratio(name + " p50 / ASK p50, 1 client", one.p50() / ask1.p50());
        report.ratio(name + " p50 / ASK p50, 8 clients", eight.p50() / ask8.p50());
    }

    void pages() throws Exception {
        report.section("Linked-data pages: throughput with 8 clients");
        Map<String, List<String>> byClass = sampleThings();
        List<String> things = byClass.values().stream().flatMap(List::stream).toList();
        if (things.isEmpty()) {
            report.line("no things found to fetch");
            return;
        }
        String base = server.baseUrl();
        String minted = UriMinter.DEFAULT_BASE;
        // does this build serve pages at all?
        try {
            http.send(HttpLoad.get(base + things.get(0).substring(minted.length()).replaceFirst("^/id/", "/doc/"), "text/turtle"));
        } catch (IOException e) {
            report.line("linked-data pages are not served by this build (%s); skipped", e.getMessage());
            return;
        }
        int clients = 8;
        int each = 50;
        HttpLoad.Stats ping = http.run(clients, 20, 200, i -> HttpLoad.get(base + "/$/ping", "*/*"));
        HttpLoad.Stats turtle = http.run(clients, 5, each, i -> HttpLoad.get(doc(base, minted, things.get(i % things.size())), "text/turtle"));
        HttpLoad.Stats html = http.run(clients, 5, each, i -> HttpLoad.get(doc(base, minted, things.get(i % things.size())), "text/html"));
        HttpLoad.Stats viaId = http.run(clients, 5, each, i -> HttpLoad.get(base + things.get(i % things.size()).substring(minted.length()), "text/turtle"));
        HttpLoad.Stats describe = http.run(clients, 5, each, i -> sparql("DESCRIBE <" + things.get(i % things.size()) + ">", "text/turtle"));
        report.line("%d things sampled (%s); %d requests each, %d clients", things.size(), String.join(", ", PAGE_CLASSES), clients * each, clients);
        report.line("%-40s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms", "/$/ping (reference)", ping.perSecond(), ping.p50(), ping.p99());
        report.line("%-40s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms", "/doc/… Turtle", turtle.perSecond(), turtle.p50(), turtle.p99());
        report.line("%-40s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms", "/doc/… HTML", html.perSecond(), html.p50(), html.p99());
        report.line("%-40s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms", "/id/… → 303 → /doc/… Turtle", viaId.perSecond(), viaId.p50(), viaId.p99());
        report.line("%-40s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms", "SPARQL DESCRIBE <thing> (reference)", describe.perSecond(), describe.p50(), describe.p99());
        report.ratio("Turtle pages/s / ping/s", turtle.perSecond() / ping.perSecond());
        report.ratio("HTML pages/s / ping/s", html.perSecond() / ping.perSecond());
        report.ratio("Turtle pages/s / DESCRIBE/s", turtle.perSecond() / describe.perSecond(), 0.5, true);
        report.ratio("HTML pages/s / DESCRIBE/s", html.perSecond() / describe.perSecond(), 0.5, true);
        List<String> hubs = byClass.getOrDefault(HUB_CLASS, List.of());
        List<String> ordinary = byClass.getOrDefault(ORDINARY_CLASS, List.of());
        if (hubs.isEmpty() || ordinary.isEmpty()) {
            report.line("no %s or no %s found: hub pages not compared", HUB_CLASS, ORDINARY_CLASS);
            return;
        }
        HttpLoad.Stats hubTurtle = http.run(clients, 5, each, i -> HttpLoad.get(doc(base, minted, hubs.get(i % hubs.size())), "text/turtle"));
        HttpLoad.Stats docTurtle = http.run(clients, 5, each, i -> HttpLoad.get(doc(base, minted, ordinary.get(i % ordinary.size())), "text/turtle"));
        HttpLoad.Stats hubHtml = http.run(clients, 5, each, i -> HttpLoad.get(doc(base, minted, hubs.get(i % hubs.size())), "text/html"));
        HttpLoad.Stats docHtml = http.run(clients, 5, each, i -> HttpLoad.get(doc(base, minted, ordinary.get(i % ordinary.size())), "text/html"));
        report.line("%-40s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms", "hub pages (" + hubs.size() + " fracties), Turtle", hubTurtle.perSecond(), hubTurtle.p50(), hubTurtle.p99());
        report.line("%-40s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms", "document pages (" + ordinary.size() + "), Turtle", docTurtle.perSecond(), docTurtle.p50(), docTurtle.p99());
        report.line("%-40s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms", "hub pages, HTML", hubHtml.perSecond(), hubHtml.p50(), hubHtml.p99());
        report.line("%-40s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms", "document pages, HTML", docHtml.perSecond(), docHtml.p50(), docHtml.p99());
        report.ratio("hub page p99 / document page p99, Turtle", hubTurtle.p99() / docTurtle.p99(), 10.0, false);
        report.ratio("hub page p99 / document page p99, HTML", hubHtml.p99() / docHtml.p99(), 10.0, false);
    }

    private static boolean parses(String query) {
        try {
            QueryFactory.create(query);
            return true;
        } catch (QueryParseException e) {
            return false;
        }
    }

    private static String accept(String query) {
        Query q = QueryFactory.create(query);
        return q.isSelectType() || q.isAskType() ? RESULTS_JSON : "text/turtle";
    }

    /** Things of the main classes, a few of each, found with SPARQL. */
    private Map<String, List<String>> sampleThings() throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String cls : PAGE_CLASSES) {
            String q = "SELECT ?s WHERE { ?s a <https://w3id.org/kamergraaf/def#" + cls + "> . FILTER(STRSTARTS(STR(?s), \""
                    + UriMinter.DEFAULT_BASE + "/id/\")) } LIMIT 10";
            var resp = java.net.http.HttpClient.newHttpClient().send(sparql(q, RESULTS_JSON),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            JsonNode bindings = JSON.readTree(resp.body()).path("results").path("bindings");
            List<String> found = new ArrayList<>();
            for (JsonNode b : bindings) found.add(b.path("s").path("value").asText());
            out.put(cls, found);
        }
        return out;
    }

    private static String doc(String base, String minted, String thing) {
        return base + thing.substring(minted.length()).replaceFirst("^/id/", "/doc/");
    }

    private HttpRequest sparql(String query, String accept) {
        return HttpLoad.get(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
    }
}
