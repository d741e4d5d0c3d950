package nl.kamergraaf.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of other vocabularies that the mapper writes directly (beyond Jena's RDF, RDFS, OWL, SKOS and DCTerms). */
public final class Vocab {
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /** When a deleted record stopped being valid: the time on its tombstone. */
    public static final Node PROV_invalidatedAtTime = NodeFactory.createURI(PROV + "invalidatedAtTime");

    private Vocab() {}
}
