package nl.kamergraaf.vocab;

import static nl.kamergraaf.vocab.ShapesCheck.assertConforms;
import static nl.kamergraaf.vocab.ShapesCheck.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shapes of organen.ttl: a minister's term of office and a committee membership as the mapper should write them. */
class OrganenShapesTest {
    private static final String DATA = """
            id:persoon\\/d-s-beljaarts a kg:Persoon ; kg:naam "D.S. Beljaarts" .
            <https://identifier.overheid.nl/tooi/id/ministerie/mnre1045> a kg:Ministerie , kg:Organisatie ;
                rdfs:label "Ministerie van Economische Zaken"@nl .
            id:functie\\/minister-van-economische-zaken a kg:Bewindspersoonsfunctie , kg:Post ;
                rdfs:label "Minister van Economische Zaken"@nl ;
                kg:functieIn <https://identifier.overheid.nl/tooi/id/ministerie/mnre1045> .
            id:ambtsperiode\\/beljaarts-ez a kg:Ambtsperiode , kg:Lidmaatschap ;
                kg:lid id:persoon\\/d-s-beljaarts ; kg:inFunctie id:functie\\/minister-van-economische-zaken ;
                kg:lidVan <https://identifier.overheid.nl/tooi/id/ministerie/mnre1045> ;
                kg:van "2024-07-02"^^xsd:date ; kg:totEnMet %s .
            """;

    @Test
    void aTermOfOfficeWithPersonPostAndDatesConforms() {
        assertConforms(String.format(DATA, "\"2025-08-22\"^^xsd:date"));
    }

    @Test
    void aTermOfOfficeThatEndsBeforeItBeginsIsReported() {
        List<ShapeViolation> v = validate(String.format(DATA, "\"2024-01-01\"^^xsd:date"));
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("eindigt niet vóór het begint"), v.toString());
        assertTrue(v.get(0).focusNode().endsWith("/id/ambtsperiode/beljaarts-ez"));
    }

    @Test
    void aCommitteeMembershipWithoutItsCommitteeIsReported() {
        List<ShapeViolation> v = validate("""
                <http://localhost:3030/id/persoon/a68468b6-51ea-440c-9387-b44ba10ad8b6> a kg:Persoon ; kg:naam "Dassen" .
                <http://localhost:3030/id/commissielid/0001> a kg:Commissielidmaatschap ;
                    kg:lid <http://localhost:3030/id/persoon/a68468b6-51ea-440c-9387-b44ba10ad8b6> ; kg:functienaam "Lid" .
                """);
        assertEquals(1, v.size(), v.toString());
        assertEquals("kg:lidVan", v.get(0).path());
    }
}
