package nl.kamergraaf.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.vocab.OntologyDocumentation.Relation;
import nl.kamergraaf.vocab.OntologyDocumentation.Term;
import nl.kamergraaf.vocab.OntologyDocumentation.Value;

/** What the ontology's documentation holds, read from the Turtle; the page that shows it is the server's. */
class OntologyDocumentationTest {
    static final OntologyDocumentation DOC = OntologyDocumentation.ofOntology();

    @Test
    void aSubclassHasItsInheritedPropertiesAndEveryGeneralisation() {
        Term brief = term(DOC.classes(), "Brief");
        assertTrue(values(brief, "Eigenschappen / properties").contains(new Value("kg:documentnummer", "#documentnummer")),
                "kg:Brief inherits kg:documentnummer from kg:Document");
        assertTrue(values(brief, "Alle generalisaties / all generalisations")
                .contains(new Value("eli:Work", "http://data.europa.eu/eli/ontology#Work")), "kg:Brief is an eli:Work through kg:Document");
        assertTrue(brief.example().contains("kg:documentnummer \"…\""), "the example uses the inherited property");
    }

    @Test
    void everyTermNamesTheModuleWhoseTurtleDeclaresIt() {
        for (Term t : concat(DOC.classes(), DOC.properties())) {
            String module = Ontology.MODULES.stream().filter(m -> m.endsWith("/" + t.module())).findFirst()
                    .orElseThrow(() -> new AssertionError(t.localName() + ": no module named " + t.module()));
            assertTrue(Ontology.loadResource(module).containsResource(org.apache.jena.rdf.model.ResourceFactory.createResource(t.iri())),
                    t.localName() + " is not in " + module);
        }
    }

    private static List<Term> concat(List<Term> a, List<Term> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Term term(List<Term> terms, String local) {
        return terms.stream().filter(t -> t.localName().equals(local)).findFirst().orElseThrow(() -> new AssertionError(local));
    }

    private static List<Value> values(Term t, String relation) {
        return t.relations().stream().filter(r -> r.name().equals(relation)).map(Relation::values).findFirst().orElse(List.of());
    }
}
