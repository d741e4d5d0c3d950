package nl.kamergraaf.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

import nl.kamergraaf.vocab.KG;

/**
 * The votes (kg:Stemming) on a besluit, per fractie: how many seats voted which way, with a bar
 * whose length is the fractie's weight beside the largest one and whose parts are the choices. A fractie's vote weighs
 * its size; in a roll call each member's vote weighs 1 and is counted under the member's fractie.
 */
final class VoteTally {
    static final String OPENGOV = "http://www.w3.org/ns/opengov#";
    private static final Node ORGANIZATION = NodeFactory.createURI(OPENGOV + "organization");
    private static final Node PERSON = NodeFactory.createURI(OPENGOV + "person");
    private static final Node OPTION = NodeFactory.createURI(OPENGOV + "option");
    private static final Node WEIGHT = NodeFactory.createURI(OPENGOV + "weight");

    record Segment(String choice, String kind, long weight, String width) {}
    record Row(ValueView fractie, long weight, String width, List<Segment> segments) {}
    record Total(String choice, String kind, long weight) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<Total> totals = new ArrayList<>();

    VoteTally(Description d, ValueViews values) {
        Graph g = d.neighbours();
        // fractie (or, for a vote without one, the voter) -> choice -> weight
        Map<Node, Map<Node, Long>> byFractie = new LinkedHashMap<>();
        Map<Node, Long> byChoice = new TreeMap<>(Comparator.comparing(Node::toString));
        for (Triple t : g.find(Node.ANY, KG.besluit, d.thing()).toList()) {
            Node vote = t.getSubject();
            Node voter = first(g, vote, ORGANIZATION, KG.fractie, PERSON);
            Node choice = first(g, vote, OPTION);
            if (voter == null || choice == null) continue;
            Node w = first(g, vote, WEIGHT);
            long weight = w != null && w.isLiteral() && w.getLiteralValue() instanceof Number n ? n.longValue() : 1;
            byFractie.computeIfAbsent(voter, k -> new TreeMap<>(Comparator.comparing(Node::toString))).merge(choice, weight, Long::sum);
            byChoice.merge(choice, weight, Long::sum);
        }
        long largest = byFractie.values().stream().mapToLong(VoteTally::sum).max().orElse(1);
        byFractie.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Node, Map<Node, Long>> e) -> -sum(e.getValue()))
                        .thenComparing(e -> values.label(e.getKey())))
                .forEach(e -> {
                    long total = sum(e.getValue());
                    List<Segment> segments = e.getValue().entrySet().stream()
                            .map(c -> new Segment(values.label(c.getKey()), kind(c.getKey()), c.getValue(), percent(c.getValue(), total)))
                            .toList();
                    rows.add(new Row(values.of(e.getKey()), total, percent(total, largest), segments));
                });
        byChoice.forEach((choice, weight) -> totals.add(new Total(values.label(choice), kind(choice), weight)));
    }

    List<Row> rows() {
        return rows;
    }

    List<Total> totals() {
        return totals;
    }

    /** A CSS class for a choice, from the last segment of its concept IRI (voor, tegen, niet-deelgenomen). */
    private static String kind(Node choice) {
        String local = choice.isURI() ? Labels.fallback(choice.getURI()) : "";
        return local.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f", whole <= 0 ? 0.0 : 100.0 * part / whole);
    }

    private static long sum(Map<Node, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Node first(Graph g, Node s, Node... properties) {
        for (Node p : properties) {
            List<Node> found = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
            if (!found.isEmpty()) return found.stream().min(Comparator.comparing(Node::toString)).get();
        }
        return null;
    }
}
