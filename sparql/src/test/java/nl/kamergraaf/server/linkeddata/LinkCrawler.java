package nl.kamergraaf.server.linkeddata;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.jsoup.Jsoup;

/**
 * A bounded breadth-first crawler for the tests: fetches a page of our server, follows 303s, and queues the links a
 * page yields (a function of the final URL and the body), staying on the server. Records every status it met; {@link #broken()} lists every answer of 400 or more.
 */
final class LinkCrawler {
    /** Paths that other parts of the server own (query page, dumps, catalog, ontology docs): seen, not fetched here. */
    static final List<String> OTHER_EXTENSIONS = List.of("/query", "/dumps/", "/catalog", "/def");

    record Fetch(String url, int status, String from) {}

    private final LinkedDataFixture fx;
    private final String accept;
    private final BiFunction<String, byte[], List<String>> links;
    final Map<String, Fetch> fetched = new LinkedHashMap<>();
    final Set<String> seenElsewhere = new LinkedHashSet<>();

    LinkCrawler(LinkedDataFixture fx, String accept, BiFunction<String, byte[], List<String>> links) {
        this.fx = fx;
        this.accept = accept;
        this.links = links;
    }

    LinkCrawler crawl(String start, int maxFetches) throws Exception {
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {start, "(start)"});
        Set<String> queued = new LinkedHashSet<>(List.of(start));
        while (!queue.isEmpty() && fetched.size() < maxFetches) {
            String[] next = queue.poll();
            String url = next[0];
            HttpResponse<byte[]> r = fx.get(url, "Accept", accept);
            fetched.put(url, new Fetch(url, r.statusCode(), next[1]));
            String finalUrl = url;
            for (int hops = 0; r.statusCode() == 303 && hops < 5; hops++) {
                finalUrl = URI.create(url).resolve(r.headers().firstValue("Location").orElseThrow()).toString();
                r = fx.get(finalUrl, "Accept", accept);
                fetched.put(finalUrl, new Fetch(finalUrl, r.statusCode(), url));
            }
            if (r.statusCode() != 200) continue;
            for (String link : links.apply(finalUrl, r.body())) {
                String target = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                if (!target.startsWith(fx.server.baseUrl() + "/")) continue; // not ours: not fetched
                String path = target.substring(fx.server.baseUrl().length());
                if (OTHER_EXTENSIONS.stream().anyMatch(path::startsWith)) {
                    seenElsewhere.add(path);
                    continue;
                }
                if (queued.add(target)) queue.add(new String[] {target, finalUrl});
            }
        }
        return this;
    }

    List<Fetch> broken() {
        List<Fetch> broken = new ArrayList<>();
        // Stricter than "no 404 or 5xx": every link a page hands out must work, so any 4xx counts as broken too.
        for (Fetch f : fetched.values()) if (f.status() >= 400) broken.add(f);
        return broken;
    }

    boolean reached(String path) {
        return fetched.containsKey(fx.url(path)) && fetched.get(fx.url(path)).status() < 400;
    }

    /** The hrefs of an HTML page, resolved against its URL. */
    static List<String> htmlLinks(String pageUrl, byte[] body) {
        List<String> out = new ArrayList<>();
        // Parsed like a browser does, so every character reference in an attribute is decoded.
        for (String href : Jsoup.parse(new String(body, StandardCharsets.UTF_8)).select("a[href]").eachAttr("href")) {
            try {
                out.add(URI.create(pageUrl).resolve(href).toString());
            } catch (IllegalArgumentException e) {
                out.add("invalid:" + href);
            }
        }
        return out;
    }
}
