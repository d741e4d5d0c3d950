package nl.kamergraaf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

class KamergraafOntologyTest {
    private static final List<Resource> TERM_TYPES = List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty, RDF.Property);

    /**
     * Terms with no honest standard counterpart, on purpose; the reason for each is a comment above it in the Turtle
     * (a literal where the standard term wants a node, or no such term in the vocabularies we align to).
     */
    private static final List<String> UNALIGNED_ON_PURPOSE = List.of(KG.NS + "initialen", KG.NS + "vergissing", KG.NS + "fractiegrootte", KG.NS + "fractienaam", KG.NS + "plaatsVanOndertekening",
            KG.NS + "voetnoot", KG.NS + "gevondenIn", KG.NS + "verwijzingstekst", KG.NS + "herkendDoor");

    private final Model ontology = Ontology.load();

    @Test
    void everyTermHasDutchAndEnglishLabelAndAComment() {
        List<String> missing = new ArrayList<>();
        for (String term : declaredTerms()) {
            Resource r = ontology.createResource(term);
            if (!hasLiteral(r, RDFS.label, "nl")) missing.add(term + " has no rdfs:label @nl");
            if (!hasLiteral(r, RDFS.label, "en")) missing.add(term + " has no rdfs:label @en");
            if (!r.hasProperty(RDFS.comment)) missing.add(term + " has no rdfs:comment");
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void everyJavaConstantIsDeclaredInTheTurtle() throws IllegalAccessException {
        Set<String> declared = declaredTerms();
        List<String> undeclared = new ArrayList<>();
        for (String term : javaConstants()) {
            if (!declared.contains(term)) undeclared.add(term);
        }
        assertTrue(undeclared.isEmpty(), "KG constants the ontology does not declare: " + undeclared);
    }

    @Test
    void everyDeclaredTermHasAJavaConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>(javaConstants());
        List<String> without = declaredTerms().stream().filter(t -> !constants.contains(t)).toList();
        assertTrue(without.isEmpty(), "Ontology terms without a constant in KG: " + without);
    }

    @Test
    void everyTermIsAlignedToAStandardVocabulary() {
        List<String> unaligned = new ArrayList<>();
        for (String term : declaredTerms()) {
            Resource r = ontology.createResource(term);
            boolean aligned = r.listProperties(RDFS.subClassOf).toList().stream().anyMatch(s -> isExternal(s.getObject()))
                    || r.listProperties(RDFS.subPropertyOf).toList().stream().anyMatch(s -> isExternal(s.getObject()))
                    || r.listProperties(OWL.equivalentClass).hasNext() || r.listProperties(OWL.equivalentProperty).hasNext()
                    || superTermAligned(r);
            if (!aligned) unaligned.add(term);
        }
        List<String> stale = UNALIGNED_ON_PURPOSE.stream().filter(t -> !unaligned.contains(t)).toList();
        unaligned.removeAll(UNALIGNED_ON_PURPOSE);
        assertTrue(unaligned.isEmpty(), "Terms that specialise no standard term: " + unaligned);
        assertTrue(stale.isEmpty(), "Aligned or gone, so remove from UNALIGNED_ON_PURPOSE: " + stale);
    }

    @Test
    void shapesFilesParseWithRdf4jRioToTheSameNumberOfTriples() throws Exception {
        assertEquals(Shapes.load().size(), rioTriples(Shapes.present(), Shapes.NS));
    }

    /** The vocabularies of DESIGN.md we align to; an alignment outside them is a typo or an unreviewed choice. */
    private static final List<String> ALIGNED_NAMESPACES = List.of("http://data.europa.eu/eli/ontology#",
            "http://www.w3.org/ns/opengov#", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/person#",
            "http://xmlns.com/foaf/0.1/", "https://schema.org/", "http://purl.org/dc/terms/", "http://purl.org/spar/cito/",
            "http://purl.org/spar/fabio/", "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#",
            "http://purl.org/dc/elements/1.1/", "http://www.w3.org/ns/adms#", "http://www.w3.org/ns/dcat#",
            "http://www.w3.org/2000/01/rdf-schema#", "http://data.europa.eu/eli/eli-draft-legislation-ontology#",
            "http://www.w3.org/2006/time#");

    @Test
    void everyAlignmentPointsIntoAStandardVocabularyWeUse() {
        List<String> outside = new ArrayList<>();
        for (var p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty)) {
            ontology.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> {
                if (isExternal(st.getObject())
                        && ALIGNED_NAMESPACES.stream().noneMatch(ns -> st.getObject().asResource().getURI().startsWith(ns))) {
                    outside.add(st.getSubject() + " -> " + st.getObject());
                }
            });
        }
        assertTrue(outside.isEmpty(), "Alignments outside the standard vocabularies: " + outside);
    }

    @Test
    void ontologyHasAVersion() {
        Resource o = ontology.createResource(KG.ONTOLOGY_IRI);
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(o.hasProperty(OWL.versionInfo));
    }

    @Test
    void ontologyParsesWithRdf4jRioToTheSameNumberOfTriples() throws Exception {
        long rioTriples = rioTriples(Ontology.resources(), KG.ONTOLOGY_IRI);
        assertEquals(ontology.size(), rioTriples);
        assertTrue(rioTriples > 0);
    }

    @Test
    void everyConceptHasADutchPrefLabelANotationAndItsScheme() {
        List<String> missing = new ArrayList<>();
        List<Resource> concepts = ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        for (Resource c : concepts) {
            if (!hasLiteral(c, SKOS.prefLabel, "nl")) missing.add(c + " has no skos:prefLabel @nl");
            if (!c.hasProperty(SKOS.notation)) missing.add(c + " has no skos:notation (the API's value)");
            Resource scheme = c.getPropertyResourceValue(SKOS.inScheme);
            if (scheme == null || !scheme.hasProperty(RDF.type, SKOS.ConceptScheme)) {
                missing.add(c + " is in no declared skos:ConceptScheme");
            } else if (!c.getURI().startsWith(scheme.getURI() + "/")) {
                missing.add(c + " is not under its scheme's IRI " + scheme);
            }
        }
        assertTrue(concepts.size() > 200, "expected the enumerations' concepts, found " + concepts.size());
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void everySchemeFileDeclaresTheSchemeItIsNamedAfter() {
        for (String file : Ontology.SCHEMES) {
            String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".ttl".length());
            Resource scheme = ontology.createResource(KG.SCHEME_BASE + name);
            assertTrue(scheme.hasProperty(RDF.type, SKOS.ConceptScheme), file + " does not declare " + scheme);
            assertTrue(hasLiteral(scheme, SKOS.prefLabel, "nl") && hasLiteral(scheme, SKOS.prefLabel, "en"),
                    scheme + " needs skos:prefLabel @nl and @en");
        }
    }

    private boolean superTermAligned(Resource r) {
        for (var p : List.of(RDFS.subClassOf, RDFS.subPropertyOf)) {
            for (var s : r.listProperties(p).toList()) {
                if (s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(KG.NS)) {
                    Resource sup = s.getObject().asResource();
                    if (sup.listProperties(p).toList().stream().anyMatch(x -> isExternal(x.getObject()))) return true;
                }
            }
        }
        return false;
    }

    /** The triples RDF4J's Rio reads from these Turtle resources: a second parser's count to hold Jena's against. */
    private static long rioTriples(List<String> resources, String base) throws Exception {
        long triples = 0;
        for (String resource : resources) {
            try (InputStream in = Ontology.open(resource)) {
                triples += Rio.parse(in, base, RDFFormat.TURTLE).size();
            }
        }
        return triples;
    }

    private static boolean isExternal(RDFNode n) {
        return n.isURIResource() && !n.asResource().getURI().startsWith(KG.NS);
    }

    private boolean hasLiteral(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        return r.listProperties(p).toList().stream()
                .anyMatch(s -> s.getObject().isLiteral() && lang.equals(s.getObject().asLiteral().getLanguage()));
    }

    private Set<String> declaredTerms() {
        Set<String> terms = new TreeSet<>();
        for (Resource type : TERM_TYPES) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(KG.NS)) terms.add(s.getURI());
            });
        }
        return terms;
    }

    private static List<String> javaConstants() throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Field f : KG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                out.add(((Node) f.get(null)).getURI());
            }
        }
        return out;
    }
}
