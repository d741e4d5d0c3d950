package nl.kamergraaf.store.sync;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;

/**
 * Triples as the store gives them back. TDB2 keeps some typed literals as values and returns them in canonical form
 * ({@code "…07:05:01.1000000Z"^^xsd:dateTime} comes back as {@code "…07:05:01.1Z"}), so a record graph is compared
 * with the stored one, and fingerprinted, with literals in canonical form on both sides; otherwise every sync would
 * see such a record as changed.
 */
final class StoredForm {
    private StoredForm() {}

    static Set<Triple> of(Collection<Triple> triples) {
        Set<Triple> out = new HashSet<>();
        for (Triple t : triples) out.add(Triple.create(t.getSubject(), t.getPredicate(), canonical(t.getObject())));
        return out;
    }

    static Node canonical(Node n) {
        return n.isLiteral() ? CanonicalizeLiteral.get().apply(n) : n;
    }
}
