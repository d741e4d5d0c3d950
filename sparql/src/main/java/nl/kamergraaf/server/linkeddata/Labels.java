package nl.kamergraaf.server.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import nl.kamergraaf.vocab.KG;

/** Picks the label a reader sees: Dutch first, then English, then one without a language, then any. */
public final class Labels {
    /** Properties that name a thing, best first. */
    static final List<Node> NAMING = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), KG.naam, KG.titel,
            DCTerms.title.asNode());

    /** Orders literals for display: nl, en, no language, the rest alphabetically by language. */
    public static final Comparator<Node> BY_LANGUAGE = Comparator.comparingInt(Labels::rank)
            .thenComparing(n -> n.isLiteral() ? n.getLiteralLanguage() : "")
            .thenComparing(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());

    /** Dutch names for the standard terms the data uses, which the store (holding only our ontology) has no labels for. */
    private static final Map<String, String> STANDARD_TERMS = Map.ofEntries(
            Map.entry(RDF.type.getURI(), "soort"),
            Map.entry(RDFS.label.getURI(), "naam"),
            Map.entry(RDFS.comment.getURI(), "toelichting"),
            Map.entry(RDFS.seeAlso.getURI(), "zie ook"),
            Map.entry(RDFS.subClassOf.getURI(), "specialisatie van"),
            Map.entry(RDFS.subPropertyOf.getURI(), "specialisatie van"),
            Map.entry(RDFS.domain.getURI(), "domein"),
            Map.entry(RDFS.range.getURI(), "bereik"),
            Map.entry(OWL.sameAs.getURI(), "zelfde als"),
            Map.entry(SKOS.prefLabel.getURI(), "voorkeursnaam"),
            Map.entry(SKOS.inScheme.getURI(), "in begrippenschema"),
            Map.entry(DCTerms.identifier.getURI(), "identificatie"),
            Map.entry(DCTerms.source.getURI(), "bron"),
            Map.entry(DCTerms.modified.getURI(), "gewijzigd op"),
            Map.entry("http://www.w3.org/ns/prov#invalidatedAtTime", "verwijderd op"));

    private Labels() {}

    /** The best label of a subject among the naming properties of a graph. */
    public static Optional<String> best(Graph g, Node subject) {
        for (Node p : NAMING) {
            Optional<Node> l = g.find(subject, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                    .toList().stream().min(BY_LANGUAGE);
            if (l.isPresent()) return Optional.of(l.get().getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    /** A readable fallback for an IRI with no label: its last path segment or fragment. */
    public static String fallback(String iri) {
        String s = iri;
        while (s.endsWith("/") || s.endsWith("#")) s = s.substring(0, s.length() - 1);
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        String local = cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
        return local.isEmpty() ? iri : local;
    }

    /** The best label, else a Dutch name of a standard term, else the IRI's last segment. */
    public static String bestOrFallback(Graph g, Node n) {
        return best(g, n).orElseGet(() -> !n.isURI() ? n.toString()
                : STANDARD_TERMS.getOrDefault(n.getURI(), fallback(n.getURI())));
    }

    private static int rank(Node n) {
        if (!n.isLiteral()) return 3;
        String lang = n.getLiteralLanguage().toLowerCase();
        if (lang.equals("nl") || lang.startsWith("nl-")) return 0;
        if (lang.equals("en") || lang.startsWith("en-")) return 1;
        if (lang.isEmpty()) return 2;
        return 3;
    }
}
