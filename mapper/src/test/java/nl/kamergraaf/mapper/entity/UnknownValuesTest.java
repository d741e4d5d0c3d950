package nl.kamergraaf.mapper.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.vocab.DataInvariants;
import nl.kamergraaf.vocab.ShapeValidator;
import nl.kamergraaf.vocab.ShapeViolation;

/**
 * A value the source sends for an enumeration but that the ontology's list does not hold ("BesluitSoort": "Stemmen",
 * seen in real records) is kept as what it is: a kg:OnbekendeWaarde outside the published scheme, warned about by the
 * run with its file and record, and the vote still has its outcome, read from the BesluitTekst.
 */
class UnknownValuesTest {
    private static final String BASE = "http://localhost:3030";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BESLUIT = "60b305f5-727f-45a9-9aab-cea25ce9b532";

    @TempDir
    Path dir;

    /** The real roll-call besluit "Verworpen (49-88)." of the bundled page, in the shape the issue reports: BesluitSoort "Stemmen". */
    private MappingRun mapWithBareStemmen(String besluitTekst, String voteOption) throws IOException {
        Path page = ProjectFiles.dataDir().resolve("tk-opendata/besluit/besluit_page_166_retry_20251003_081058.json");
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode r : JSON.readTree(page.toFile())) {
            if (BESLUIT.equals(r.path("Id").asText())) {
                ObjectNode b = ((ObjectNode) r.deepCopy()).put("BesluitSoort", "Stemmen").put("BesluitTekst", besluitTekst);
                // One real member vote, moved onto this besluit, with the option under test.
                JsonNode vote = JSON.readTree(ProjectFiles.dataDir().resolve("tk-opendata/stemming/stemming_page_1_fullterm_20251002_234209.json").toFile()).get(0);
                b.set("Stemming", JSON.createArrayNode().add(((ObjectNode) vote.deepCopy()).put("Soort", voteOption)));
                out.add(b);
            }
        }
        assertEquals(1, out.size(), "the bundled page holds the besluit");
        Files.createDirectories(dir.resolve("besluit"));
        Files.writeString(dir.resolve("besluit/stemmen.json"), JSON.writeValueAsString(out));
        return MappingRun.of(dir);
    }

    @Test
    void aBesluitSoortOffTheListIsAnUnknownValueOutsideThePublishedScheme() throws IOException {
        MappingRun run = mapWithBareStemmen("Verworpen (49-88).", "Tegen");
        String value = BASE + "/id/onbekende-waarde/besluitsoort/stemmen";
        assertEquals(List.of(value), run.column("SELECT ?s WHERE { <" + BASE + "/id/besluit/" + BESLUIT + "> kg:soort ?s }", "s"));
        assertTrue(run.ask("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                ASK { <%s> a kg:OnbekendeWaarde ; skos:notation "Stemmen" ; skos:prefLabel "Stemmen"@nl ;
                      kg:buitenSchema <https://w3id.org/kamergraaf/def/besluitsoort> }""".formatted(value)));
        assertFalse(run.ask("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ASK { <" + value + "> skos:inScheme ?any }"),
                "never a member of a published scheme");
        assertFalse(run.ask("ASK { ?s ?p <https://w3id.org/kamergraaf/def/besluitsoort/stemmen> }"),
                "no invented concept in the ontology's namespace");
    }

    @Test
    void theRunWarnsOfTheValueWithItsFileAndRecordAndStillMapsIt() throws IOException {
        MappingRun run = mapWithBareStemmen("Verworpen (49-88).", "Tegen");
        assertEquals(List.of(), run.report().problems());
        List<MappingProblem> warnings = run.report().warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        MappingProblem w = warnings.get(0);
        assertTrue(w.file().endsWith("besluit/stemmen.json") && BESLUIT.equals(w.record())
                && w.reason().contains("'Stemmen'") && w.reason().contains("besluitsoort"), w.toString());
        assertTrue(run.report().summary().endsWith("1 warning(s)"), run.report().summary());
    }

    @Test
    void aBareStemmenBesluitHasTheOutcomeItsTextStates() throws IOException {
        MappingRun run = mapWithBareStemmen("Verworpen (49-88).", "Tegen");
        assertEquals(List.of("https://w3id.org/kamergraaf/def/stemmingsuitslag/verworpen"), run.column("""
                PREFIX opengov: <http://www.w3.org/ns/opengov#>
                SELECT ?r WHERE { <%s/id/stemmingsuitslag/%s> opengov:result ?r }""".formatted(BASE, BESLUIT), "r"));
    }

    @Test
    void aTextThatStatesNoListedOutcomeGivesNoOutcomeRatherThanAnInventedOne() throws IOException {
        MappingRun run = mapWithBareStemmen("Zonder stemming aangenomen.", "Tegen");
        assertEquals(List.of(), run.column("""
                PREFIX opengov: <http://www.w3.org/ns/opengov#>
                SELECT ?r WHERE { ?u opengov:result ?r }""", "r"));
    }

    @Test
    void aVoteOptionOffTheListIsKeptAndTheDataStillConforms() throws IOException {
        MappingRun run = mapWithBareStemmen("Verworpen (49-88).", "Onthouden");
        assertTrue(run.ask("ASK { ?v a kg:Stemming ; <http://www.w3.org/ns/opengov#option> <" + BASE + "/id/onbekende-waarde/stemkeuze/onthouden> }"));
        assertEquals(2, run.report().warnings().size(), run.report().warnings().toString());
        List<ShapeViolation> results = ShapeValidator.ofOntology().validate(run.dataset().getUnionGraph());
        assertEquals(List.of(), results.stream().filter(ShapeViolation::isViolation).map(ShapeViolation::readable).toList());
        assertTrue(results.stream().anyMatch(r -> !r.isViolation() && r.readable().contains("onbekende-waarde")),
                "the shapes warn of the unknown values: " + results);
        assertEquals(List.of(), DataInvariants.ofOntology().check(run.dataset()));
    }
}
