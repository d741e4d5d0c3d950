package nl.kamergraaf.vocab;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

/**
 * For every kg: class and property, all the terms it specialises, transitively: its own super-terms in kg: and the
 * standard terms (eli:, org:, schema:, ...) those are aligned to. Computed once from the ontology, so that the mapper
 * can add the generalised triples and a query written with standard terms finds the data without inference.
 * owl:equivalentClass / owl:equivalentProperty count as super-terms too (each side implies the other, and our side
 * is the one the mapper writes).
 */
public final class SuperTerms {
    private final Map<String, List<Node>> superClasses;
    private final Map<String, List<Node>> superProperties;

    private SuperTerms(Map<String, List<Node>> superClasses, Map<String, List<Node>> superProperties) {
        this.superClasses = superClasses;
        this.superProperties = superProperties;
    }

    /** The super-terms of the published ontology. */
    public static SuperTerms ofOntology() {
        return of(Ontology.load());
    }

    public static SuperTerms of(Model ontology) {
        return new SuperTerms(closure(ontology, RDFS.subClassOf, OWL.equivalentClass),
                closure(ontology, RDFS.subPropertyOf, OWL.equivalentProperty));
    }

    /** The classes a kg: class specialises, transitively, in IRI order; empty for any other node. */
    public List<Node> superClassesOf(Node kgClass) {
        return kgClass.isURI() ? superClasses.getOrDefault(kgClass.getURI(), List.of()) : List.of();
    }

    /** The properties a kg: property specialises, transitively, in IRI order; empty for any other node. */
    public List<Node> superPropertiesOf(Node kgProperty) {
        return kgProperty.isURI() ? superProperties.getOrDefault(kgProperty.getURI(), List.of()) : List.of();
    }

    private static Map<String, List<Node>> closure(Model ontology, Property sub, Property equivalent) {
        Map<String, List<Node>> result = new TreeMap<>();
        Set<Resource> subjects = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Property p : List.of(sub, equivalent)) {
            ontology.listSubjectsWithProperty(p).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(KG.NS)) subjects.add(s);
            });
        }
        for (Resource term : subjects) {
            Set<String> seen = new TreeSet<>();
            collect(term, sub, equivalent, seen);
            seen.remove(term.getURI());
            seen.removeAll(Set.of(OWL.Thing.getURI(), RDFS.Resource.getURI()));
            if (!seen.isEmpty()) result.put(term.getURI(), seen.stream().map(NodeFactory::createURI).toList());
        }
        return result;
    }

    private static void collect(Resource term, Property sub, Property equivalent, Set<String> seen) {
        for (Property p : List.of(sub, equivalent)) {
            for (RDFNode o : term.listProperties(p).mapWith(s -> s.getObject()).toList()) {
                if (o.isURIResource() && seen.add(o.asResource().getURI())) collect(o.asResource(), sub, equivalent, seen);
            }
        }
    }
}
