package nl.kamergraaf.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

import nl.kamergraaf.vocab.KG;

/**
 * The references (kg:Verwijzing) that start or end at the thing (as many as the description read, see
 * {@link Describer#IN_PLACE_LIMIT}), each with the other end, the words that
 * were recognised and the sentence they were found in, that sentence split around those words so a page can mark them.
 */
final class Citations {
    /** One reference: the document at its other end (null if unresolved) and its sentence in three parts. */
    record Citation(ValueView other, String text, String before, String match, String after) {}

    private Citations() {}

    /** The references whose {@code end} (kg:bron or kg:doel) is the thing; their other end is shown. */
    static List<Citation> at(Description d, Node end, ValueViews values) {
        Node otherEnd = end.equals(KG.bron) ? KG.doel : KG.bron;
        Graph g = d.neighbours();
        List<Citation> out = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, end, d.thing()).toList()) {
            Node ref = t.getSubject();
            Node other = first(g, ref, otherEnd).orElse(null);
            String text = first(g, ref, KG.verwijzingstekst).map(Node::getLiteralLexicalForm).orElse("");
            String sentence = first(g, ref, KG.gevondenIn).map(Node::getLiteralLexicalForm).orElse("");
            int at = text.isEmpty() ? -1 : sentence.indexOf(text);
            out.add(at < 0
                    ? new Citation(other == null ? null : values.of(other), text, sentence, null, null)
                    : new Citation(other == null ? null : values.of(other), text, sentence.substring(0, at), text,
                            sentence.substring(at + text.length())));
        }
        out.sort(Comparator.comparing((Citation c) -> c.other() == null ? "" : c.other().text()).thenComparing(Citation::text));
        return out;
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().min(Labels.BY_LANGUAGE);
    }
}
