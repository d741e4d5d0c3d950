package nl.kamergraaf.mapper.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import nl.kamergraaf.vocab.KG;

/**
 * The referenced entities kept as data (Turtle in data/): EU acts, reports, bodies, initiatives and persons outside
 * parliament, each with its names and aliases. Relative IRIs in the file resolve against the graph's base, so one
 * file serves any base; absolute IRIs (ELI, TOOI, Wikidata) stay as they are. Adding an entry needs no code.
 */
public final class Gazetteer {
    /** One name of one entity. */
    public record Name(Node entity, String text) {}

    private final Graph graph;
    private final List<Name> names;
    private final TreeMap<String, Node> byLowerName = new TreeMap<>();

    private Gazetteer(Graph graph) {
        this.graph = graph;
        List<Name> all = new ArrayList<>();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), KG.alias)) {
            graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral() && t.getSubject().isURI()) {
                    all.add(new Name(t.getSubject(), t.getObject().getLiteralLexicalForm().strip()));
                }
            });
        }
        // Longest names first, so "EU Chips Act" wins over "Chips Act"; ties broken by text for determinism.
        all.sort(Comparator.comparingInt((Name n) -> -n.text().length()).thenComparing(Name::text)
                .thenComparing(n -> n.entity().getURI()));
        this.names = List.copyOf(all);
        for (Name n : names) byLowerName.putIfAbsent(n.text().toLowerCase(Locale.ROOT), n.entity());
    }

    public static Gazetteer load(Path file, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).base(base.endsWith("/") ? base : base + "/").parse(g);
        return new Gazetteer(g);
    }

    public static Gazetteer empty() {
        return new Gazetteer(GraphFactory.createDefaultGraph());
    }

    /** All triples of the gazetteer, to be published in a graph of their own. */
    public List<Triple> triples() {
        return graph.find().toList();
    }

    public List<Name> names() {
        return names;
    }

    /** The entity that has exactly this name (ignoring case), if any. */
    public Optional<Node> byName(String name) {
        return Optional.ofNullable(byLowerName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    public Graph graph() {
        return graph;
    }
}
