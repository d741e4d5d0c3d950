package nl.kamergraaf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class ShapeValidatorTest {
    private static final String PREFIXES = """
            @prefix kg: <https://w3id.org/kamergraaf/def#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            """;

    private final ShapeValidator validator = ShapeValidator.ofOntology();

    @Test
    void aWellFormedDocumentConforms() {
        List<ShapeViolation> v = validator.validate(parse("""
                <http://localhost:3030/id/document/2024D50227> a kg:Document ; kg:documentnummer "2024D50227" ;
                    kg:datum "2024-12-16"^^xsd:date ; kg:titel "Innovatiebeleid"@nl .
                """));
        assertTrue(v.isEmpty(), v.toString());
    }

    @Test
    void aDocumentWithoutNumberAndWithAStringDateIsReportedWithFocusNodeAndPath() {
        List<ShapeViolation> v = validator.validate(parse("""
                <http://localhost:3030/id/document/2024D50227> a kg:Document ; kg:datum "16 december 2024" .
                """));
        assertEquals(2, v.size(), v.toString());
        assertTrue(v.stream().allMatch(x -> x.focusNode().equals("http://localhost:3030/id/document/2024D50227")));
        assertTrue(v.stream().anyMatch(x -> "kg:documentnummer".equals(x.path())), v.toString());
        assertTrue(v.stream().anyMatch(x -> "kg:datum".equals(x.path()) && x.readable().contains("16 december 2024")),
                v.toString());
    }

    @Test
    void anIriOutsideTheConventionsIsReported() {
        List<ShapeViolation> v = validator.validate(parse("""
                <http://localhost:3030/id/zaak/Z-1> a kg:Zaak .
                <http://example.org/ministerie/ez> a kg:Ministerie ; rdfs:label "EZ"@nl .
                """));
        assertTrue(v.stream().anyMatch(x -> x.focusNode().endsWith("/id/zaak/Z-1")), v.toString());
        assertTrue(v.stream().anyMatch(x -> x.focusNode().equals("http://example.org/ministerie/ez")), v.toString());
    }

    @Test
    void theConceptSchemesOfTheOntologyConformAndAConceptWithoutDutchLabelDoesNot() {
        assertTrue(validator.validate(Ontology.load().getGraph()).isEmpty());
        List<ShapeViolation> v = validator.validate(parse("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/kamergraaf/def/stemkeuze> a skos:ConceptScheme .
                <https://w3id.org/kamergraaf/def/stemkeuze/voor> a skos:Concept ; skos:prefLabel "For"@en ;
                    skos:inScheme <https://w3id.org/kamergraaf/def/stemkeuze> .
                """));
        assertEquals(1, v.size(), v.toString());
        assertEquals("skos:prefLabel", v.get(0).path());
    }

    @Test
    void everyShapesFileOfTheOntologyIsFound() {
        assertTrue(Shapes.present().contains(Shapes.FOLDER + "kamergraaf-shapes.ttl"));
        assertTrue(Shapes.load().size() > 100);
    }

    private static Graph parse(String turtle) {
        return RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toGraph();
    }
}
