package nl.kamergraaf.server.linkeddata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Prefixes;

/**
 * Finds things by their titles and labels in the full-text index (store/FullTextIndex, Lucene with Dutch stemming),
 * best match first, one page at a time. The index answers literals; a thing named by several matching literals is one
 * hit, at its best score. Only as many index hits are fetched as the page needs (growing the fetch when many hits are
 * body text or repeat a thing already seen), capped at {@value #MAX_INDEX_HITS}: a search never reads all its hits.
 */
final class ThingSearch {
    private static final Logger LOG = LoggerFactory.getLogger(ThingSearch.class);
    static final int DEFAULT_PAGE_SIZE = 20;
    /** The most index hits one page may read; a page past them answers as the last page. */
    static final int MAX_INDEX_HITS = 20_000;
    static final int MAX_QUERY_LENGTH = 500;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String PREFIXES = Prefixes.sparql("text", "rdfs", "skos", KG.PREFIX);

    /** A type of a hit, with the label the ontology gives it. */
    record Type(String iri, String label) {}

    /** One thing found: its IRI, its label, its most specific types, and the best score of its matching literals. */
    record Hit(String iri, String label, List<Type> types, float score) {}

    /** One page of hits, and whether another page follows. */
    record Page(String query, int number, int size, List<Hit> hits, boolean hasNext) {}

    /** The query is not valid Lucene syntax; the message says why, for the person who typed it. */
    static final class BadQuery extends Exception {
        BadQuery(String message) {
            super(message);
        }
    }

    private final DatasetGraph dataset;
    private final int pageSize;

    ThingSearch(DatasetGraph dataset, int pageSize) {
        this.dataset = dataset;
        this.pageSize = pageSize;
    }

    int pageSize() {
        return pageSize;
    }

    /**
     * Page {@code number} (from 1) of the things whose title or label matches {@code query}, a Lucene query (words,
     * {@code "phrases"}, {@code prefix*}, {@code AND}/{@code OR}/{@code -not}).
     */
    Page search(String query, int number) throws BadQuery {
        String q = query.strip();
        check(q);
        int offset = (number - 1) * pageSize;
        int wanted = offset + pageSize + 1; // one more than the page, to know whether a next page exists
        List<Ranked> ranked = List.of();
        for (int limit = Math.min(MAX_INDEX_HITS, Math.max(100, wanted * 4)); ; limit = Math.min(MAX_INDEX_HITS, limit * 4)) {
            Fetch fetch = fetch(q, limit);
            ranked = fetch.things();
            if (ranked.size() >= wanted || fetch.exhausted() || limit >= MAX_INDEX_HITS) {
                if (!fetch.exhausted() && ranked.size() < wanted) {
                    LOG.info("Search {} stopped at {} index hits ({} things)", q, limit, ranked.size());
                }
                break;
            }
        }
        List<Ranked> onPage = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + pageSize, ranked.size()));
        Map<String, String> labels = labels(onPage);
        Map<String, List<Type>> types = types(onPage);
        List<Hit> hits = new ArrayList<>();
        for (Ranked r : onPage) {
            hits.add(new Hit(r.iri(), labels.getOrDefault(r.iri(), Labels.fallback(r.iri())),
                    types.getOrDefault(r.iri(), List.of()), r.score()));
        }
        return new Page(q, number, pageSize, hits, ranked.size() > offset + pageSize);
    }

    /** Refuses what Lucene's query parser refuses, before the index sees it. */
    static void check(String q) throws BadQuery {
        if (q.isEmpty()) throw new BadQuery("Geef een zoekterm op.");
        if (q.length() > MAX_QUERY_LENGTH) throw new BadQuery("De zoekvraag is langer dan " + MAX_QUERY_LENGTH + " tekens.");
        try {
            new QueryParser("text", new DutchAnalyzer()).parse(q);
        } catch (ParseException | RuntimeException e) {
            // Lucene's message starts with "Cannot parse '…'" and says at which character: enough for the reader.
            String m = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new BadQuery("Deze zoekvraag is geen geldige Lucene-syntaxis: " + m
                    + " Gebruik woorden, \"een zinsdeel\", voorvoegsel* en AND/OR/-woord; zet speciale tekens als ( ) [ ] { } : ^ ~ \" tussen aanhalingstekens of laat ze weg.");
        }
    }

    private record Ranked(String iri, float score) {}

    private record Fetch(List<Ranked> things, boolean exhausted) {}

    /**
     * The first {@code limit} index hits, kept where the matching literal is a label or title of its subject (the
     * index also holds onderwerpen and body text), one per thing at its best score, best first.
     */
    private Fetch fetch(String q, int limit) {
        String sparql = PREFIXES
                + "SELECT ?s ?score ?named WHERE {\n"
                + "  (?s ?score ?literal) text:query (" + FmtUtils.stringForNode(NodeFactory.createLiteralString(q)) + " " + limit + ") .\n"
                + "  BIND(EXISTS { GRAPH <urn:x-arq:UnionGraph> { ?s rdfs:label|kg:titel ?literal } } AS ?named)\n"
                + "}";
        return Txn.calculateRead(dataset, () -> {
            Map<String, Float> best = new LinkedHashMap<>();
            int rows = 0;
            try (QueryExec exec = QueryExec.dataset(dataset).query(sparql).timeout(TIMEOUT.toMillis()).build()) {
                RowSet rs = exec.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    rows++;
                    Node s = b.get("s");
                    Node named = b.get("named");
                    if (s == null || !s.isURI() || named == null || !"true".equals(named.getLiteralLexicalForm())) continue;
                    float score = ((Number) b.get("score").getLiteralValue()).floatValue();
                    best.merge(s.getURI(), score, Math::max);
                }
            }
            List<Ranked> ranked = best.entrySet().stream().map(e -> new Ranked(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(Ranked::score).reversed().thenComparing(Ranked::iri)).toList();
            return new Fetch(ranked, rows < limit);
        });
    }

    /** The best label of each thing (Dutch first), among labels, names and titles. */
    private Map<String, String> labels(List<Ranked> things) {
        if (things.isEmpty()) return Map.of();
        String sparql = PREFIXES + "SELECT ?s ?p ?l WHERE {\n  VALUES ?s { " + values(things) + " }\n"
                + "  GRAPH <urn:x-arq:UnionGraph> { ?s ?p ?l FILTER(?p IN (rdfs:label, skos:prefLabel, kg:naam, kg:titel)) }\n}";
        Map<String, List<Binding>> all = new LinkedHashMap<>();
        select(sparql, b -> {
            if (b.get("l").isLiteral()) all.computeIfAbsent(b.get("s").getURI(), k -> new ArrayList<>()).add(b);
        });
        // The naming properties in the order the description pages use (Labels.NAMING), then Dutch first.
        Comparator<Binding> best = Comparator.<Binding>comparingInt(b -> Labels.NAMING.indexOf(b.get("p")))
                .thenComparing(b -> b.get("l"), Labels.BY_LANGUAGE);
        return all.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().min(best).map(b -> b.get("l").getLiteralLexicalForm()).orElse("")));
    }

    /**
     * Each thing's most specific types (none of its other types is a subclass of them), labelled from the ontology;
     * Kamergraaf classes only where it has one, since the others are their generalisations.
     */
    private Map<String, List<Type>> types(List<Ranked> things) {
        if (things.isEmpty()) return Map.of();
        String sparql = PREFIXES + "SELECT ?s ?type (SAMPLE(?nl) AS ?labelNl) (SAMPLE(?any) AS ?label) WHERE {\n"
                + "  VALUES ?s { " + values(things) + " }\n"
                + "  GRAPH <urn:x-arq:UnionGraph> {\n"
                + "    ?s a ?type .\n"
                + "    FILTER NOT EXISTS { ?s a ?narrower . ?narrower rdfs:subClassOf+ ?type FILTER(?narrower != ?type) }\n"
                + "    OPTIONAL { ?type rdfs:label ?nl FILTER(LANGMATCHES(LANG(?nl), \"nl\")) }\n"
                + "    OPTIONAL { ?type rdfs:label ?any }\n"
                + "  }\n} GROUP BY ?s ?type ORDER BY ?s ?type";
        Map<String, List<Type>> all = new LinkedHashMap<>();
        select(sparql, b -> {
            Node type = b.get("type");
            if (type == null || !type.isURI()) return;
            Node l = Optional.ofNullable(b.get("labelNl")).orElse(b.get("label"));
            all.computeIfAbsent(b.get("s").getURI(), k -> new ArrayList<>())
                    .add(new Type(type.getURI(), l != null && l.isLiteral() ? l.getLiteralLexicalForm() : Labels.fallback(type.getURI())));
        });
        all.replaceAll((s, types) -> {
            List<Type> ours = types.stream().filter(t -> t.iri().startsWith(KG.NS)).toList();
            return ours.isEmpty() ? types : ours;
        });
        return all;
    }

    private static String values(List<Ranked> things) {
        return things.stream().map(r -> FmtUtils.stringForNode(NodeFactory.createURI(r.iri()))).collect(Collectors.joining(" "));
    }

    private void select(String sparql, java.util.function.Consumer<Binding> each) {
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(sparql).timeout(TIMEOUT.toMillis()).build()) {
                exec.select().forEachRemaining(each);
            }
        });
    }
}
