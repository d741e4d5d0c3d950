package nl.kamergraaf.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.VOID;

/**
 * The one table of namespace prefixes: every prefix the project writes (Turtle, JSON-LD contexts, SPARQL prologues,
 * prefixed names on pages and in messages) is looked up here, so a namespace is typed once. The table is Jena's
 * {@link PrefixMapping#Standard} (rdf, rdfs, owl, xsd, dc), the prefixes the ontology's Turtle modules declare (kg,
 * eli, opengov, org, cito, prov, ...), the namespaces of Jena's vocabulary classes the project uses, and the few other
 * vocabularies the server writes (DCAT-AP's spdx, Hydra, SPARQL service descriptions, jena-text). A prefix never names
 * two namespaces; Dublin Core elements have two prefixes, Jena's {@code dc} and the ontology's {@code dc11}.
 *
 * <p>Each output picks the prefixes it declares ({@link #mapping}, {@link #sparql}), so what it writes stays as small
 * as it was; the namespaces all come from here.
 */
public final class Prefixes {
    private static final Map<String, String> TABLE = build();

    private Prefixes() {}

    private static Map<String, String> build() {
        Map<String, String> t = new TreeMap<>();
        PrefixMapping.Standard.getNsPrefixMap().forEach((p, ns) -> put(t, p, ns, "Jena's standard prefixes"));
        ontology().forEach((p, ns) -> put(t, p, ns, "the ontology"));
        for (var e : Map.of("skos", SKOS.uri, "dct", DCTerms.NS, "foaf", FOAF.NS, "org", ORG.NS, "schema", SchemaDO.NS,
                "dcat", DCAT.NS, "void", VOID.NS, "vcard", VCARD4.NS).entrySet()) {
            put(t, e.getKey(), e.getValue(), "Jena's vocabulary classes");
        }
        put(t, "spdx", "http://spdx.org/rdf/terms#", "the release catalog");
        put(t, "hydra", "http://www.w3.org/ns/hydra/core#", "the description pages");
        put(t, "sd", "http://www.w3.org/ns/sparql-service-description#", "the service description");
        put(t, "formats", "http://www.w3.org/ns/formats/", "the service description");
        put(t, "text", "http://jena.apache.org/text#", "full-text search");
        return Collections.unmodifiableMap(t);
    }

    private static void put(Map<String, String> table, String prefix, String ns, String source) {
        String before = table.putIfAbsent(prefix, ns);
        if (before != null && !before.equals(ns)) {
            throw new IllegalStateException("Prefix " + prefix + ": from " + source + " <" + ns + ">, but the table has <" + before + ">");
        }
    }

    /** Every prefix of the table and its namespace, by prefix. */
    public static Map<String, String> all() {
        return TABLE;
    }

    /** The prefixes the ontology's Turtle modules declare, by prefix (read from the Turtle, so they cannot drift). */
    public static Map<String, String> ontology() {
        Map<String, String> declared = new TreeMap<>();
        for (String module : Ontology.MODULES) {
            try (InputStream in = Ontology.open(module)) {
                RDFParser.source(in).lang(Lang.TURTLE).base(KG.ONTOLOGY_IRI).parse(new StreamRDFBase() {
                    @Override
                    public void prefix(String prefix, String iri) {
                        if (!prefix.isEmpty()) declared.put(prefix, iri);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return declared;
    }

    /** The namespace of a prefix of the table. */
    public static String namespace(String prefix) {
        String ns = TABLE.get(prefix);
        if (ns == null) throw new IllegalArgumentException("No namespace for prefix " + prefix + " in " + Prefixes.class.getName());
        return ns;
    }

    /** These prefixes and their namespaces, in the order given. */
    public static Map<String, String> map(String... prefixes) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : prefixes) m.put(p, namespace(p));
        return m;
    }

    /** A new (unlocked) prefix mapping with these prefixes. */
    public static PrefixMapping mapping(String... prefixes) {
        return PrefixMapping.Factory.create().setNsPrefixes(map(prefixes));
    }

    /** The SPARQL prologue declaring these prefixes: one {@code PREFIX p: <ns>} line each. */
    public static String sparql(String... prefixes) {
        StringBuilder b = new StringBuilder();
        map(prefixes).forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString();
    }
}
