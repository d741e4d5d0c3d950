package nl.kamergraaf.vocab;

import static nl.kamergraaf.vocab.ShapesCheck.assertConforms;
import static nl.kamergraaf.vocab.ShapesCheck.assertReported;
import static nl.kamergraaf.vocab.ShapesCheck.assertShapesFileLoaded;
import static nl.kamergraaf.vocab.ShapesCheck.validate;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The shapes of parlement-shapes.ttl on small hand-made graphs in the form the OData mapping writes (docs/mapping.md):
 * a well-formed vote conforms, and each kind of break (a required property missing, a wrong datatype, an IRI outside
 * the pattern, a concept from the wrong scheme, a live property on a tombstone) is reported on the right thing.
 */
class ParlementShapesTest {
    private static final String BESLUIT = "http://localhost:3030/id/besluit/08d92f77-1372-48e3-b4a0-c6de193b7f45";
    private static final String STEMMING = "http://localhost:3030/id/stemming/ee5c5a03-e527-4174-88fe-c08cfa0d5f4f";

    /** A besluit, one fractie vote on it, its vote event and count, as the mapper writes them. */
    private static final String VOTE = """
            <https://w3id.org/kamergraaf/def/besluitsoort/stemmen-aangenomen> skos:inScheme def:besluitsoort .
            <https://w3id.org/kamergraaf/def/stemkeuze/voor> skos:inScheme def:stemkeuze .
            <https://w3id.org/kamergraaf/def/stemmingsuitslag/aangenomen> skos:inScheme def:stemmingsuitslag .
            <http://localhost:3030/id/besluit/08d92f77-1372-48e3-b4a0-c6de193b7f45> a kg:Besluit ;
                dct:identifier "08d92f77-1372-48e3-b4a0-c6de193b7f45" ; rdfs:label "Stemmen - aangenomen"@nl ;
                kg:bijgewerkt "2024-12-17T16:32:51+01:00"^^xsd:dateTime ; %s .
            <http://localhost:3030/id/stemming/ee5c5a03-e527-4174-88fe-c08cfa0d5f4f> a kg:Stemming ;
                dct:identifier "ee5c5a03-e527-4174-88fe-c08cfa0d5f4f" ; rdfs:label "CDA: Voor"@nl ;
                opengov:option <https://w3id.org/kamergraaf/def/stemkeuze/voor> ; opengov:weight %s ;
                kg:vergissing false ;
                kg:besluit <http://localhost:3030/id/besluit/08d92f77-1372-48e3-b4a0-c6de193b7f45> ;
                opengov:voteEvent <http://localhost:3030/id/stemmingsuitslag/08d92f77-1372-48e3-b4a0-c6de193b7f45> ;
                opengov:organization <http://localhost:3030/id/fractie/77f9b6f1-b1a9-4d1b-a05e-9936e79d8fa5> .
            <http://localhost:3030/id/fractie/77f9b6f1-b1a9-4d1b-a05e-9936e79d8fa5> a kg:Fractie ; rdfs:label "CDA"@nl .
            <http://localhost:3030/id/stemmingsuitslag/08d92f77-1372-48e3-b4a0-c6de193b7f45> a kg:Stemmingsuitslag ;
                rdfs:label "Stemmingsuitslag: aangenomen"@nl ;
                kg:besluit <http://localhost:3030/id/besluit/08d92f77-1372-48e3-b4a0-c6de193b7f45> ;
                opengov:result <https://w3id.org/kamergraaf/def/stemmingsuitslag/aangenomen> ;
                opengov:count <http://localhost:3030/id/stemmingsuitslag/08d92f77-1372-48e3-b4a0-c6de193b7f45-voor> .
            <http://localhost:3030/id/stemmingsuitslag/08d92f77-1372-48e3-b4a0-c6de193b7f45-voor> a kg:Stemmentelling ;
                rdfs:label "Voor: 5"@nl ; opengov:option <https://w3id.org/kamergraaf/def/stemkeuze/voor> ;
                opengov:value 5 .
            """;
    private static final String GOOD_SOORT = "kg:soort <https://w3id.org/kamergraaf/def/besluitsoort/stemmen-aangenomen>";

    @Test
    void theParlementShapesFileIsLoaded() {
        assertShapesFileLoaded("parlement-shapes.ttl");
    }

    @Test
    void aBesluitWithAFractieVoteItsVoteEventAndCountConforms() {
        assertConforms(String.format(VOTE, GOOD_SOORT, "5"));
    }

    @Test
    void aVoteWeightThatIsNotAnIntegerIsADatatypeViolation() {
        List<ShapeViolation> v = validate(String.format(VOTE, GOOD_SOORT, "\"vijf\""));
        assertReported(v, STEMMING, "opengov:weight");
    }

    @Test
    void aBesluitsoortFromAnotherSchemeIsReported() {
        List<ShapeViolation> v = validate(String.format(VOTE,
                "kg:soort <https://w3id.org/kamergraaf/def/stemkeuze/voor>", "5"));
        assertReported(v, BESLUIT, "kg:soort");
        assertTrue(v.stream().anyMatch(x -> x.message().contains("def/besluitsoort")), v.toString());
    }

    @Test
    void aBesluitWithoutItsGuidIsReported() {
        String vote = String.format(VOTE, GOOD_SOORT, "5")
                .replace("dct:identifier \"08d92f77-1372-48e3-b4a0-c6de193b7f45\" ;", "");
        assertReported(validate(vote), BESLUIT, "dct:identifier");
    }

    @Test
    void aBesluitIriThatIsNotAGuidIsReported() {
        List<ShapeViolation> v = validate("""
                <http://localhost:3030/id/besluit/B-12> a kg:Besluit ;
                    dct:identifier "08d92f77-1372-48e3-b4a0-c6de193b7f45" ; rdfs:label "Besluit"@nl .
                """);
        assertReported(v, "http://localhost:3030/id/besluit/B-12", null);
    }

    @Test
    void aVoteEventWithoutItsBesluitAndACountWithoutItsNumberAreReported() {
        List<ShapeViolation> v = validate("""
                <http://localhost:3030/id/stemmingsuitslag/08d92f77-1372-48e3-b4a0-c6de193b7f45> a kg:Stemmingsuitslag ;
                    rdfs:label "Stemmingsuitslag"@nl ;
                    opengov:count <http://localhost:3030/id/stemmingsuitslag/08d92f77-1372-48e3-b4a0-c6de193b7f45-voor> .
                <http://localhost:3030/id/stemmingsuitslag/08d92f77-1372-48e3-b4a0-c6de193b7f45-voor> a kg:Stemmentelling ;
                    rdfs:label "Voor"@nl ; opengov:option <https://w3id.org/kamergraaf/def/stemkeuze/voor> .
                <https://w3id.org/kamergraaf/def/stemkeuze/voor> skos:inScheme def:stemkeuze .
                """);
        assertReported(v, "http://localhost:3030/id/stemmingsuitslag/08d92f77-1372-48e3-b4a0-c6de193b7f45", "kg:besluit");
        assertReported(v, "http://localhost:3030/id/stemmingsuitslag/08d92f77-1372-48e3-b4a0-c6de193b7f45-voor",
                "opengov:value");
    }

    @Test
    void aSeatMembershipWhosePeriodEndsBeforeItBeginsIsReported() {
        List<ShapeViolation> v = validate("""
                <http://localhost:3030/id/zetellidmaatschap/bacc967a-5af8-4a14-8e70-03dc0eeec66d> a kg:Zetellidmaatschap ;
                    dct:identifier "bacc967a-5af8-4a14-8e70-03dc0eeec66d" ; rdfs:label "Lid op een fractiezetel"@nl ;
                    org:memberDuring <http://localhost:3030/id/periode/zetellidmaatschap-bacc967a-5af8-4a14-8e70-03dc0eeec66d> .
                <http://localhost:3030/id/periode/zetellidmaatschap-bacc967a-5af8-4a14-8e70-03dc0eeec66d> a time:ProperInterval ;
                    schema:startDate "2023-12-06T00:00:00+01:00"^^xsd:dateTime ;
                    schema:endDate "2021-03-31T00:00:00+02:00"^^xsd:dateTime .
                """);
        assertReported(v, "http://localhost:3030/id/zetellidmaatschap/bacc967a-5af8-4a14-8e70-03dc0eeec66d", null);
        assertTrue(v.stream().anyMatch(x -> x.message().contains("eindigt niet vóór zij begint")), v.toString());
    }

    @Test
    void anActivityNumberInTheWrongFormIsReported() {
        List<ShapeViolation> v = validate("""
                <http://localhost:3030/id/activiteit/2022A07659> a kg:Activiteit ;
                    dct:identifier "5a4c8bf0-6f1c-4d1f-a9a5-1c2b36a1f0c1" ; rdfs:label "Stemmingen"@nl ;
                    kg:nummer "A-7659" ; kg:vergaderjaar "2022" .
                """);
        assertReported(v, "http://localhost:3030/id/activiteit/2022A07659", "kg:nummer");
        assertReported(v, "http://localhost:3030/id/activiteit/2022A07659", "kg:vergaderjaar");
    }

    @Test
    void aTombstoneIsValidAloneAndReportedWhenItCarriesALiveProperty() {
        String tombstone = tombstone("http://localhost:3030/id/besluit/0a10d832-4bee-4493-95ed-ab5bada716f1",
                "2024-05-01T10:00:00+02:00", "0a10d832-4bee-4493-95ed-ab5bada716f1") + ".\n";
        assertConforms(tombstone);
        List<ShapeViolation> v = validate(tombstone + """
                <http://localhost:3030/id/besluit/0a10d832-4bee-4493-95ed-ab5bada716f1>
                    kg:status <https://w3id.org/kamergraaf/def/besluitstatus/besluit> .
                """);
        assertReported(v, "http://localhost:3030/id/besluit/0a10d832-4bee-4493-95ed-ab5bada716f1", "kg:status");
        List<ShapeViolation> alsoLive = validate(tombstone + """
                <http://localhost:3030/id/besluit/0a10d832-4bee-4493-95ed-ab5bada716f1> a kg:Besluit .
                """);
        assertReported(alsoLive, "http://localhost:3030/id/besluit/0a10d832-4bee-4493-95ed-ab5bada716f1", "rdf:type");
    }

    @Test
    void aTombstoneAtItsNumberIsValidWhenItIsTheSameAsTheTombstoneAtItsGuid() {
        String tombstones = tombstone("http://localhost:3030/id/zaak/24a47b7d-9150-41a0-9d05-e26e9fb981ac",
                "2025-11-04T16:40:10.5+01:00", "24a47b7d-9150-41a0-9d05-e26e9fb981ac") + ".\n"
                + tombstone("http://localhost:3030/id/zaak/2025Z18279",
                "2025-11-04T16:40:10.5+01:00", "24a47b7d-9150-41a0-9d05-e26e9fb981ac") + ";\n";
        String numbered = "http://localhost:3030/id/zaak/2025Z18279";
        assertConforms(tombstones + "owl:sameAs <http://localhost:3030/id/zaak/24a47b7d-9150-41a0-9d05-e26e9fb981ac> .");
        // the same as a live thing (by number), or as a text, is no tombstone's alias
        assertReported(validate(tombstones + "owl:sameAs <http://localhost:3030/id/zaak/2025Z18280> ."), numbered, "owl:sameAs");
        assertReported(validate(tombstones + "owl:sameAs \"24a47b7d-9150-41a0-9d05-e26e9fb981ac\" ."), numbered, "owl:sameAs");
    }

    /** The tombstone of a deleted record as the mapper writes it, open for more statements (end it with "." or ";"). */
    private static String tombstone(String iri, String invalidatedAt, String guid) {
        return "<" + iri + "> a kg:VerwijderdRecord , prov:Entity ;\n"
                + "    prov:invalidatedAtTime \"" + invalidatedAt + "\"^^xsd:dateTime ;\n"
                + "    dct:identifier \"" + guid + "\" ";
    }

}
