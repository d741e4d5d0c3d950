package nl.kamergraaf.mapper.source.odata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.vocab.ShapeValidator;
import nl.kamergraaf.vocab.ShapeViolation;

/**
 * ActorFractie and Voortouwnaam are nullable in the API. A fractie a vote names, or a committee an activity names,
 * without its name is linked but not described: a kg:Fractie or kg:Commissie always has a label (the shapes say so),
 * and the mapped records still conform.
 */
class NamelessReferencesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FRACTIE = "http://localhost:3030/id/fractie/0208097d-ef04-438a-8c29-eebb84956204";
    private static final String COMMISSIE = "http://localhost:3030/id/commissie/38aacfcd-2cfa-4727-949d-e4270237dbbe";

    @TempDir
    Path tmp;

    @Test
    void aFractieAndACommitteeNamedOnlyByIdAreLinkedWithoutAClassAndTheDataConforms() throws Exception {
        ObjectNode stemming = realRecord("stemming/stemming_page_1_complete_20251003_084727.json",
                "d064812f-7c81-460f-bbf6-000018ef7a11");
        stemming.putNull("ActorFractie");
        ObjectNode activiteit = (ObjectNode) page("activiteit/activiteit_page_53_fullterm_20251003_001343.json").get(0);
        activiteit.put("Voortouwcommissie_Id", "38aacfcd-2cfa-4727-949d-e4270237dbbe");
        activiteit.putNull("Voortouwnaam");
        write("stemming/s.json", stemming);
        write("activiteit/a.json", activiteit);

        MappedData out = MappedData.of(tmp);
        assertTrue(out.report.problems().isEmpty(), out.report.problems().toString());
        assertEquals(1, out.count("SELECT (COUNT(*) AS ?n) WHERE { ?s opengov:organization <" + FRACTIE + "> }"));
        assertEquals(1, out.count("SELECT (COUNT(*) AS ?n) WHERE { ?a kg:voortouwcommissie <" + COMMISSIE + "> }"));
        assertEquals(0, out.count("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?x { <" + FRACTIE + "> <" + COMMISSIE
                + "> } ?x a ?class }"));
        List<ShapeViolation> violations = ShapeValidator.ofOntology().validate(out.dataset.getUnionGraph())
                .stream().filter(ShapeViolation::isViolation).toList();
        assertTrue(violations.isEmpty(), violations.toString());
    }

    @Test
    void aFractieNamedByTheVoteIsAFractieWithThatName() throws Exception {
        write("stemming/s.json", realRecord("stemming/stemming_page_1_complete_20251003_084727.json",
                "d064812f-7c81-460f-bbf6-000018ef7a11"));
        MappedData out = MappedData.of(tmp);
        var rows = out.select("SELECT ?naam WHERE { <" + FRACTIE + "> a kg:Fractie ; rdfs:label ?naam }");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("GroenLinks-PvdA", rows.get(0).getLiteral("naam").getLexicalForm());
    }

    private static ObjectNode realRecord(String file, String id) throws Exception {
        for (JsonNode r : page(file)) {
            if (id.equals(r.path("Id").asText())) return (ObjectNode) r;
        }
        throw new IllegalStateException(id + " not in " + file);
    }

    private static ArrayNode page(String file) throws Exception {
        JsonNode page = JSON.readTree(ProjectFiles.dataDir().resolve("tk-opendata").resolve(file).toFile());
        return (ArrayNode) (page.isArray() ? page : page.get("value"));
    }

    private void write(String name, JsonNode record) throws Exception {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(List.of(record)));
    }
}
