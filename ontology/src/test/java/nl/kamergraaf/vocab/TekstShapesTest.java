package nl.kamergraaf.vocab;

import static nl.kamergraaf.vocab.ParlementShapesTest.assertReported;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** The shapes of tekst-shapes.ttl: a cited part of the Handelingen and a treaty from the gazetteer. */
class TekstShapesTest {
    private static final String PREFIXES = """
            @prefix kg: <https://w3id.org/kamergraaf/def#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            """;
    private static final String HANDELINGEN = "http://localhost:3030/id/handelingen/h-tk-20232024-35-12";

    private final ShapeValidator validator = ShapeValidator.ofOntology();

    @Test
    void theTekstShapesFileIsLoaded() {
        assertTrue(Shapes.present().contains(Shapes.FOLDER + "tekst-shapes.ttl"), Shapes.present().toString());
    }

    @Test
    void aCitedHandelingenItemAndATreatyConform() {
        List<ShapeViolation> v = validator.validate(parse("""
                <http://localhost:3030/id/handelingen/h-tk-20232024-35-12> a kg:Handelingen ;
                    rdfs:label "Handelingen h-tk-20232024-35-12"@nl ;
                    rdfs:seeAlso <https://zoek.officielebekendmakingen.nl/h-tk-20232024-35-12.html> .
                <http://localhost:3030/id/entiteit/evrm> a kg:Verdrag ;
                    rdfs:label "Europees Verdrag voor de Rechten van de Mens"@nl ; kg:alias "EVRM"@nl .
                """));
        assertTrue(v.isEmpty(), v.toString());
    }

    @Test
    void aHandelingenItemWithoutItsPageIsReported() {
        List<ShapeViolation> v = validator.validate(parse("""
                <http://localhost:3030/id/handelingen/h-tk-20232024-35-12> a kg:Handelingen ;
                    rdfs:label "Handelingen h-tk-20232024-35-12"@nl .
                """));
        assertReported(v, HANDELINGEN, "rdfs:seeAlso");
    }

    @Test
    void aHandelingenIriThatIsNotItsIdentifierIsReported() {
        List<ShapeViolation> v = validator.validate(parse("""
                <http://localhost:3030/id/handelingen/2023-24-nr-35> a kg:Handelingen ; rdfs:label "Handelingen"@nl ;
                    rdfs:seeAlso <https://zoek.officielebekendmakingen.nl/h-tk-20232024-35-12.html> .
                """));
        assertReported(v, "http://localhost:3030/id/handelingen/2023-24-nr-35", null);
    }

    @Test
    void aTreatyWithOnlyAnEnglishNameAndAPlainAliasIsReported() {
        List<ShapeViolation> v = validator.validate(parse("""
                <http://localhost:3030/id/entiteit/evrm> a kg:Verdrag ;
                    rdfs:label "European Convention on Human Rights"@en ; kg:alias "EVRM" .
                """));
        assertReported(v, "http://localhost:3030/id/entiteit/evrm", "rdfs:label");
        assertReported(v, "http://localhost:3030/id/entiteit/evrm", "kg:alias");
    }

    private static Graph parse(String turtle) {
        return RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toGraph();
    }
}
