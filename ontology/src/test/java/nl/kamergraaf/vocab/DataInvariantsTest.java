package nl.kamergraaf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Each data invariant finds what it is about and only that: small datasets of record graphs, one that keeps the
 * invariant and one that breaks it, and the violation names the thing, the records and their files.
 */
class DataInvariantsTest {
    private static final String PREFIXES = """
            @prefix kg: <https://w3id.org/kamergraaf/def#> .
            @prefix opengov: <http://www.w3.org/ns/opengov#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix schema: <https://schema.org/> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix id: <http://localhost:3030/id/> .
            @prefix g: <http://localhost:3030/graph/> .
            """;

    /** A besluit at the sitting of 2 October 2025 (activiteit start), with two fractie votes in records of their own. */
    private static String sitting(int vvdWeightA, int vvdWeightB) {
        return """
                g:besluit { g:besluit dct:source "besluit.json" .
                  id:besluit-b1 a kg:Besluit ; kg:agendapunt id:agendapunt-a1 .
                  id:besluit-b2 a kg:Besluit ; kg:agendapunt id:agendapunt-a1 .
                  id:agendapunt-a1 kg:activiteit id:activiteit-x1 . id:activiteit-x1 schema:startDate "2025-10-02T10:00:00+02:00"^^xsd:dateTime . }
                g:stem1 { g:stem1 dct:source "stemmingen.json" .
                  id:stemming-1 a kg:Stemming ; kg:besluit id:besluit-b1 ; opengov:organization id:fractie-vvd ; opengov:weight %d . }
                g:stem2 { g:stem2 dct:source "stemmingen.json" .
                  id:stemming-2 a kg:Stemming ; kg:besluit id:besluit-b2 ; opengov:organization id:fractie-vvd ; opengov:weight %d . }
                """.formatted(vvdWeightA, vvdWeightB);
    }

    private static List<InvariantViolation> check(String trig) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(PREFIXES + trig, Lang.TRIG).parse(dsg);
        return DataInvariants.ofOntology().check(dsg);
    }

    private static List<String> invariants(List<InvariantViolation> found) {
        return found.stream().map(InvariantViolation::invariant).toList();
    }

    @Test
    void oneFractieSizePerSittingHoldsAndTwoSizesAtOneSittingAreAViolation() {
        assertEquals(List.of(), check(sitting(24, 24)));
        List<InvariantViolation> found = check(sitting(24, 25));
        assertEquals(List.of("fractie-vote-weight-is-fractie-size"), invariants(found));
        InvariantViolation v = found.get(0);
        assertEquals("http://localhost:3030/id/fractie-vvd", v.focus());
        assertTrue(v.detail().contains("2025-10-02") && v.detail().contains("24") && v.detail().contains("25"), v.detail());
    }

    @Test
    void aMembersStatedFractieSizeMustAgreeWithTheFractieVotesOfTheSitting() {
        String member = """
                g:stem3 { g:stem3 dct:source "hoofdelijk.json" .
                  id:stemming-3 a kg:Stemming ; kg:besluit id:besluit-b2 ; opengov:organization id:fractie-vvd ;
                      opengov:weight 1 ; kg:fractiegrootte %d . }
                """;
        assertEquals(List.of(), check(sitting(24, 24) + member.formatted(24)));
        assertEquals(List.of("fractie-vote-weight-is-fractie-size"), invariants(check(sitting(24, 24) + member.formatted(23))));
    }

    @Test
    void votesAboveOneHundredFiftySeatsAreAViolationOnTheVotesAndOnTheCounts() {
        String votes = """
                g:v { g:v dct:source "v.json" .
                  id:stemming-a a kg:Stemming ; kg:besluit id:besluit-b ; opengov:weight %d .
                  id:stemming-b a kg:Stemming ; kg:besluit id:besluit-b ; opengov:weight 70 . }
                g:uitslag { id:uitslag-b a kg:Stemmingsuitslag ; opengov:count id:count-voor , id:count-tegen .
                  id:count-voor opengov:value %d . id:count-tegen opengov:value 70 . }
                """;
        assertEquals(List.of(), check(votes.formatted(80, 80)));
        List<InvariantViolation> found = check(votes.formatted(81, 81));
        assertEquals(List.of("vote-total-at-most-150", "vote-total-at-most-150"), invariants(found));
        assertTrue(found.stream().anyMatch(v -> v.focus().endsWith("besluit-b") && v.detail().contains("151") && v.sources().contains("v.json")), found.toString());
    }

    @Test
    void aMembersVoteWeighsOne() {
        String vote = """
                g:v { id:stemming-m a kg:Stemming ; opengov:person id:persoon-p ; opengov:weight %d . }
                """;
        assertEquals(List.of(), check(vote.formatted(1)));
        assertEquals(List.of("roll-call-vote-weighs-one"), invariants(check(vote.formatted(24))));
    }

    @Test
    void twoLabelsInOneLanguageAreAViolationEvenFromTwoRecordsButTwoLanguagesAreNot() {
        assertEquals(List.of(), check("""
                g:a { id:fractie-f rdfs:label "VVD"@nl , "People's Party"@en . }
                g:b { id:fractie-f rdfs:label "VVD"@nl . }"""));
        List<InvariantViolation> found = check("""
                g:a { g:a dct:source "a.json" . id:fractie-f rdfs:label "VVD"@nl . }
                g:b { g:b dct:source "b.json" . id:fractie-f rdfs:label "Volkspartij voor Vrijheid en Democratie"@nl . }""");
        assertEquals(List.of("one-label-per-language"), invariants(found));
        assertEquals(List.of("a.json", "b.json"), found.get(0).sources());
    }

    @Test
    void aConceptThatClaimsAPublishedSchemeMustBeOnItsList() {
        assertEquals(List.of(), check("""
                g:a { <https://w3id.org/kamergraaf/def/besluitsoort/stemmen-aangenomen> skos:inScheme <https://w3id.org/kamergraaf/def/besluitsoort> . }"""));
        assertEquals(List.of("concept-in-scheme"), invariants(check("""
                g:a { <https://w3id.org/kamergraaf/def/besluitsoort/stemmen> skos:inScheme <https://w3id.org/kamergraaf/def/besluitsoort> . }""")));
    }
}
