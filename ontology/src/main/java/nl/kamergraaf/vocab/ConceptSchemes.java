package nl.kamergraaf.vocab;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

/**
 * The values of the enumerations as the ontology lists them: which concepts each of its concept schemes holds. The
 * mapper asks it before it calls a source value a member of a scheme, so that a value the source sends but the list
 * does not hold is never published as if it were on the list.
 */
public final class ConceptSchemes {
    private static final ConceptSchemes ONTOLOGY = load();

    /** Scheme IRI to the IRIs of the concepts it lists. */
    private final Map<String, Set<String>> concepts;

    private ConceptSchemes(Map<String, Set<String>> concepts) {
        this.concepts = concepts;
    }

    /** The schemes published with the ontology (Ontology.SCHEMES), read once. */
    public static ConceptSchemes ofOntology() {
        return ONTOLOGY;
    }

    /** Whether the IRI is one of the ontology's concept schemes. */
    public boolean isScheme(String schemeIri) {
        return concepts.containsKey(schemeIri);
    }

    /** Whether the scheme lists the concept. */
    public boolean lists(String schemeIri, String conceptIri) {
        Set<String> listed = concepts.get(schemeIri);
        return listed != null && listed.contains(conceptIri);
    }

    public boolean lists(Node scheme, Node concept) {
        return scheme.isURI() && concept.isURI() && lists(scheme.getURI(), concept.getURI());
    }

    private static ConceptSchemes load() {
        Map<String, Set<String>> concepts = new HashMap<>();
        for (String resource : Ontology.SCHEMES) {
            Model scheme = Ontology.loadResource(resource);
            scheme.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, SKOS.ConceptScheme)
                  .forEachRemaining(s -> concepts.computeIfAbsent(s.getURI(), k -> new HashSet<>()));
            for (Statement st : scheme.listStatements(null, SKOS.inScheme, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                concepts.computeIfAbsent(st.getObject().asResource().getURI(), k -> new HashSet<>()).add(st.getSubject().getURI());
            }
        }
        return new ConceptSchemes(Map.copyOf(concepts));
    }
}
