package nl.kamergraaf.vocab;

import static nl.kamergraaf.vocab.ShapesCheck.assertConforms;
import static nl.kamergraaf.vocab.ShapesCheck.assertReported;
import static nl.kamergraaf.vocab.ShapesCheck.assertShapesFileLoaded;
import static nl.kamergraaf.vocab.ShapesCheck.validate;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shapes of tekst-shapes.ttl: a cited part of the Handelingen and a treaty from the gazetteer. */
class TekstShapesTest {
    private static final String HANDELINGEN = "http://localhost:3030/id/handelingen/h-tk-20232024-35-12";

    @Test
    void theTekstShapesFileIsLoaded() {
        assertShapesFileLoaded("tekst-shapes.ttl");
    }

    @Test
    void aCitedHandelingenItemAndATreatyConform() {
        assertConforms("""
                <http://localhost:3030/id/handelingen/h-tk-20232024-35-12> a kg:Handelingen ;
                    rdfs:label "Handelingen h-tk-20232024-35-12"@nl ;
                    rdfs:seeAlso <https://zoek.officielebekendmakingen.nl/h-tk-20232024-35-12.html> .
                <http://localhost:3030/id/entiteit/evrm> a kg:Verdrag ;
                    rdfs:label "Europees Verdrag voor de Rechten van de Mens"@nl ; kg:alias "EVRM"@nl .
                """);
    }

    @Test
    void aHandelingenItemWithoutItsPageIsReported() {
        List<ShapeViolation> v = validate("""
                <http://localhost:3030/id/handelingen/h-tk-20232024-35-12> a kg:Handelingen ;
                    rdfs:label "Handelingen h-tk-20232024-35-12"@nl .
                """);
        assertReported(v, HANDELINGEN, "rdfs:seeAlso");
    }

    @Test
    void aHandelingenIriThatIsNotItsIdentifierIsReported() {
        List<ShapeViolation> v = validate("""
                <http://localhost:3030/id/handelingen/2023-24-nr-35> a kg:Handelingen ; rdfs:label "Handelingen"@nl ;
                    rdfs:seeAlso <https://zoek.officielebekendmakingen.nl/h-tk-20232024-35-12.html> .
                """);
        assertReported(v, "http://localhost:3030/id/handelingen/2023-24-nr-35", null);
    }

    @Test
    void aTreatyWithOnlyAnEnglishNameAndAPlainAliasIsReported() {
        List<ShapeViolation> v = validate("""
                <http://localhost:3030/id/entiteit/evrm> a kg:Verdrag ;
                    rdfs:label "European Convention on Human Rights"@en ; kg:alias "EVRM" .
                """);
        assertReported(v, "http://localhost:3030/id/entiteit/evrm", "rdfs:label");
        assertReported(v, "http://localhost:3030/id/entiteit/evrm", "kg:alias");
    }
}
