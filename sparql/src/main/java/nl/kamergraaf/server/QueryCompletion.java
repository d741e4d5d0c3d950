package nl.kamergraaf.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Ontology;
import nl.kamergraaf.vocab.Prefixes;

/**
 * What the query page completes: the prefixes the ontology declares, the Kamergraaf classes and properties (both read
 * from the ontology's Turtle when the server starts), and things by their label through the full-text index. Every
 * answer is bounded: at most {@value #MAX_RESULTS} terms and as many things, whatever is asked.
 */
public final class QueryCompletion {
    private static final Logger LOG = LoggerFactory.getLogger(QueryCompletion.class);
    public static final int MAX_RESULTS = 20;
    public static final int DEFAULT_RESULTS = 10;
    /** Longer input is cut: nobody types a 200-character name into a completion box. */
    static final int MAX_INPUT = 200;
    private static final int MAX_WORDS = 5;
    private static final int TEXT_HITS = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    public static final String TEXT_NS = Prefixes.namespace("text");
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w.-]*)?:(\\S*)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A Kamergraaf term: its IRI, its prefixed name, its label (English, else Dutch) and whether it is a class. */
    public record Term(String iri, String curie, String label, boolean isClass) {}

    private final Map<String, String> prefixes;
    private final List<Term> terms;

    private QueryCompletion(Map<String, String> prefixes, List<Term> terms) {
        this.prefixes = prefixes;
        this.terms = terms;
    }

    /** Reads the ontology's modules from the classpath. */
    public static QueryCompletion fromOntology() {
        Map<String, String> declared = Prefixes.ontology();
        Prefixes.map("rdf", "xsd", "owl").forEach(declared::putIfAbsent);
        declared.put("text", TEXT_NS);
        // kg: first, the others by name.
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put(KG.PREFIX, KG.NS);
        declared.forEach(prefixes::putIfAbsent);

        Model ontology = Ontology.load();
        List<Term> terms = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, RDFS.Class)) collect(ontology, type, true, terms);
        for (Resource type : List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)) {
            collect(ontology, type, false, terms);
        }
        terms.sort(Comparator.comparing(Term::curie));
        return new QueryCompletion(java.util.Collections.unmodifiableMap(prefixes), List.copyOf(terms));
    }

    private static void collect(Model ontology, Resource type, boolean isClass, List<Term> into) {
        ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (!r.isURIResource() || !r.getURI().startsWith(KG.NS)) return;
            String local = r.getURI().substring(KG.NS.length());
            if (local.isEmpty() || into.stream().anyMatch(t -> t.iri().equals(r.getURI()))) return;
            into.add(new Term(r.getURI(), KG.PREFIX + ":" + local, label(r), isClass));
        });
    }

    private static String label(Resource r) {
        String nl = null;
        for (Statement s : r.listProperties(RDFS.label).toList()) {
            RDFNode o = s.getObject();
            if (!o.isLiteral()) continue;
            String lang = o.asLiteral().getLanguage();
            if ("en".equals(lang)) return o.asLiteral().getLexicalForm();
            if (nl == null) nl = o.asLiteral().getLexicalForm();
        }
        return nl == null ? "" : nl;
    }

    /** The prefixes the ontology declares, {@code kg:} first, plus {@code text:} for full-text search. */
    public Map<String, String> prefixes() {
        return prefixes;
    }

    public List<Term> terms() {
        return terms;
    }

    /** The PREFIX lines of every prefix, for the start of a query. */
    public String prefixDeclarations() {
        StringBuilder b = new StringBuilder();
        prefixes.forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString();
    }

    /** {@code {"prefix": "namespace", ...}}: the form YASQE's prefix completer reads. */
    public String prefixesJson() {
        JsonObject o = new JsonObject();
        prefixes.forEach(o::put);
        return o.toString();
    }

    /** {@code {"classes": [...], "properties": [...]}}, each term {@code {iri, curie, label}}. */
    public String termsJson() {
        JsonArray classes = new JsonArray();
        JsonArray properties = new JsonArray();
        for (Term t : terms) (t.isClass() ? classes : properties).add(termJson(t));
        JsonObject o = new JsonObject();
        o.put("classes", classes);
        o.put("properties", properties);
        return o.toString();
    }

    private static JsonObject termJson(Term t) {
        JsonObject o = new JsonObject();
        o.put("iri", t.iri());
        o.put("curie", t.curie());
        o.put("label", t.label());
        o.put("kind", t.isClass() ? "class" : "property");
        return o;
    }

    /**
     * Completes what was typed: {@code kg:ind} (or {@code ind}) gives the Kamergraaf terms whose local name starts so;
     * a word that is not a prefixed name also gives the things whose label has a word starting so (full-text index,
     * Dutch stemming). At most {@code limit} (capped at {@value #MAX_RESULTS}) of each.
     */
    public JsonObject complete(String typed, int limit, DatasetGraph dataset) {
        int n = Math.max(1, Math.min(MAX_RESULTS, limit));
        String q = typed.strip();
        if (q.length() > MAX_INPUT) q = q.substring(0, MAX_INPUT);
        JsonArray termHits = new JsonArray();
        JsonArray thingHits = new JsonArray();
        Matcher prefixed = PREFIXED.matcher(q);
        String local;
        boolean words;
        if (prefixed.matches()) {
            String prefix = prefixed.group(1) == null ? "" : prefixed.group(1);
            local = KG.PREFIX.equals(prefix) ? prefixed.group(2) : null;
            words = false;
        } else {
            local = q;
            words = true;
        }
        if (local != null) {
            String start = local.toLowerCase(Locale.ROOT);
            for (Term t : terms) {
                if (termHits.size() >= n) break;
                if (t.curie().substring(KG.PREFIX.length() + 1).toLowerCase(Locale.ROOT).startsWith(start)) termHits.add(termJson(t));
            }
        }
        if (words) {
            for (Thing t : things(q, n, dataset)) {
                JsonObject o = new JsonObject();
                o.put("iri", t.iri());
                o.put("label", t.label());
                thingHits.add(o);
            }
        }
        JsonObject answer = new JsonObject();
        answer.put("q", q);
        answer.put("terms", termHits);
        answer.put("things", thingHits);
        return answer;
    }

    record Thing(String iri, String label) {}

    /**
     * The Lucene query for what was typed: every word (letters and digits only, so no query syntax gets through, and
     * escaped all the same) as itself (stemmed) or as the start of a word; all words must match.
     */
    static String luceneQuery(String typed) {
        List<String> clauses = new ArrayList<>();
        for (String w : NOT_WORD.split(typed.toLowerCase(Locale.ROOT))) {
            if (w.length() < 2 || clauses.size() >= MAX_WORDS) continue;
            String e = QueryParserBase.escape(w);
            clauses.add("(" + e + " OR " + e + "*)");
        }
        return String.join(" AND ", clauses);
    }

    private static List<Thing> things(String typed, int n, DatasetGraph dataset) {
        String lucene = luceneQuery(typed);
        if (lucene.isEmpty()) return List.of();
        Node literal = NodeFactory.createLiteralString(lucene);
        String sparql = Prefixes.sparql("text", "rdfs")
                + "SELECT ?s (SAMPLE(?l) AS ?label) (MAX(?score) AS ?best) WHERE {\n"
                + "  (?s ?score ?l) text:query (" + FmtUtils.stringForNode(literal) + " " + TEXT_HITS + ") .\n"
                + "  ?s rdfs:label ?l .\n"
                + "} GROUP BY ?s ORDER BY DESC(?best) ?s LIMIT " + n;
        try {
            return Txn.calculateRead(dataset, () -> {
                List<Thing> out = new ArrayList<>();
                try (QueryExec exec = QueryExec.dataset(dataset).query(sparql).timeout(TIMEOUT.toMillis()).build()) {
                    RowSet rows = exec.select();
                    while (rows.hasNext()) {
                        Binding b = rows.next();
                        Node s = b.get("s");
                        Node l = b.get("label");
                        if (s == null || !s.isURI()) continue;
                        out.add(new Thing(s.getURI(), l == null ? "" : l.getLiteralLexicalForm()));
                    }
                }
                return out;
            });
        } catch (RuntimeException e) {
            // No full-text index (an old build), or a query the index refuses: no things, the terms still answer.
            LOG.debug("Completion of {} by label failed: {}", typed, e.toString());
            return List.of();
        }
    }
}
