package nl.kamergraaf.mapper;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.SuperTerms;

/**
 * Adds the generalised triples of every kg: statement, in the same graph: {@code ?d a kg:Brief} also gives
 * {@code ?d a kg:Document, eli:Work, fabio:Letter, ...} and {@code ?d kg:titel ?t} also gives {@code ?d eli:title ?t}.
 * Materialising at map time (instead of inference at query time) keeps queries written with ELI, Popolo, ORG or
 * schema.org terms as fast as queries with kg: terms. A quad already passed on for the current graph is not passed
 * again, so the mapper's own explicit super-types do not appear twice; graphs arrive one after another (one record
 * per graph), so remembering the current graph's quads is enough.
 */
public final class AlignmentMaterializer extends StreamRDFWrapper {
    private static final Node TYPE = RDF.type.asNode();

    private final SuperTerms superTerms;
    private Set<Quad> currentGraphQuads = new HashSet<>();
    private Node currentGraph;

    public AlignmentMaterializer(StreamRDF out, SuperTerms superTerms) {
        super(out);
        this.superTerms = Objects.requireNonNull(superTerms);
    }

    /** Wraps {@code out} with the super-terms of the published ontology. */
    public static StreamRDF over(StreamRDF out) {
        return new AlignmentMaterializer(out, SuperTerms.ofOntology());
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        if (!quad.getGraph().equals(currentGraph)) {
            currentGraph = quad.getGraph();
            // a fresh set, not clear(): clear() walks the whole table, which the ontology graph made thousands of
            // slots large, once for every record graph after it (seen in the mapping profile)
            currentGraphQuads = new HashSet<>();
        }
        pass(quad);
        Node p = quad.getPredicate();
        if (p.equals(TYPE) && isKgTerm(quad.getObject())) {
            for (Node c : superTerms.superClassesOf(quad.getObject())) {
                pass(Quad.create(quad.getGraph(), quad.getSubject(), TYPE, c));
            }
        } else if (isKgTerm(p)) {
            for (Node sp : superTerms.superPropertiesOf(p)) {
                pass(Quad.create(quad.getGraph(), quad.getSubject(), sp, quad.getObject()));
            }
        }
    }

    private void pass(Quad quad) {
        if (currentGraphQuads.add(quad)) {
            if (quad.isDefaultGraph()) super.triple(quad.asTriple());
            else super.quad(quad);
        }
    }

    private static boolean isKgTerm(Node n) {
        return n.isURI() && n.getURI().startsWith(KG.NS);
    }
}
