package nl.kamergraaf.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of other vocabularies that the mapper writes directly (beyond Jena's RDF, RDFS, OWL, SKOS and DCTerms). */
public final class Vocab {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String TOOI_MINISTERIE = "https://identifier.overheid.nl/tooi/id/ministerie/";

    public static final Node PROV_wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node PROV_generatedAtTime = NodeFactory.createURI(PROV + "generatedAtTime");

    private Vocab() {}
}
