package nl.kamergraaf.server.release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Relabels the blank nodes of a small graph (the ontology, the shapes) by what they are rather than by the random
 * label a parser gave them, so the same graph is written as the same bytes. Each blank node's label is a hash of its
 * surroundings — its outgoing and incoming triples, with neighbouring blank nodes by their labels of the round
 * before — refined over a few rounds, which tells apart the trees and lists blank nodes form in shapes and OWL.
 * Blank nodes that end with the same label have the same surroundings, so either naming writes the same text.
 */
final class CanonicalBlankNodes {
    private static final int ROUNDS = 6;

    private CanonicalBlankNodes() {}

    static List<Triple> relabel(Graph graph) {
        List<Triple> triples = graph.find().toList();
        Map<Node, String> label = new HashMap<>();
        for (Triple t : triples) {
            if (t.getSubject().isBlank()) label.put(t.getSubject(), "");
            if (t.getObject().isBlank()) label.put(t.getObject(), "");
        }
        if (label.isEmpty()) return triples;
        for (int round = 0; round < ROUNDS; round++) {
            Map<Node, List<String>> around = new HashMap<>();
            for (Node b : label.keySet()) around.put(b, new ArrayList<>());
            for (Triple t : triples) {
                String p = NodeFmtLib.strNT(t.getPredicate());
                if (t.getSubject().isBlank()) around.get(t.getSubject()).add("> " + p + " " + name(t.getObject(), label));
                if (t.getObject().isBlank()) around.get(t.getObject()).add("< " + p + " " + name(t.getSubject(), label));
            }
            Map<Node, String> next = new HashMap<>();
            around.forEach((b, lines) -> {
                lines.sort(null);
                next.put(b, sha256(String.join("\n", lines)));
            });
            label = next;
        }
        Map<Node, Node> renamed = new HashMap<>();
        label.forEach((b, l) -> renamed.put(b, NodeFactory.createBlankNode("c" + l.substring(0, 32))));
        List<Triple> out = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            out.add(Triple.create(renamed.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(),
                    renamed.getOrDefault(t.getObject(), t.getObject())));
        }
        return out;
    }

    private static String name(Node n, Map<Node, String> label) {
        return n.isBlank() ? "_:" + label.get(n) : NodeFmtLib.strNT(n);
    }

    private static String sha256(String s) {
        return DigestUtils.sha256Hex(s);
    }
}
