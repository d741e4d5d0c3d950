package nl.kamergraaf.mapper.source.odata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.ProjectFiles;

/**
 * Bad OData input: each case is reported with file, record and reason, the bad record is skipped, and the good
 * records of the same file are still mapped. The good records are real Zaak records from data/tk-opendata.
 */
class BadODataInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private List<ObjectNode> zaken;

    @BeforeEach
    void readRealZaken() throws Exception {
        ArrayNode page = (ArrayNode) JSON.readTree(ProjectFiles.dataDir()
                .resolve("tk-opendata/zaak/zaak_page_1_fullterm_20251002_231433.json").toFile());
        zaken = List.of((ObjectNode) page.get(0), (ObjectNode) page.get(1), (ObjectNode) page.get(2));
    }

    @Test
    void malformedJsonIsReportedWithItsRecordAndTheRecordsBeforeItAreMapped() throws Exception {
        String good = JSON.writeValueAsString(zaken.subList(0, 2));
        Path file = write("zaak/malformed.json", good.substring(0, good.length() - 1) + ", {\"Id\": \"x\", \"Nummer\": ] }]");
        MappedData out = MappedData.of(file.getParent());

        MappingProblem p = single(out);
        assertEquals("3", p.record());
        assertTrue(p.reason().startsWith("malformed JSON (line 1, column"), p.reason());
        assertEquals(nummers(0, 1), mappedZaken(out));
    }

    @Test
    void aRecordCutOffHalfwayIsReportedAndTheRecordsBeforeItAreMapped() throws Exception {
        String all = JSON.writeValueAsString(zaken);
        String third = JSON.writeValueAsString(zaken.get(2));
        Path file = write("zaak/cut.json", all.substring(0, all.length() - third.length() / 2 - 1));
        MappedData out = MappedData.of(file.getParent());

        MappingProblem p = single(out);
        assertEquals("3", p.record());
        assertTrue(p.reason().startsWith("cut off: the file ends inside record 3"), p.reason());
        assertEquals(nummers(0, 1), mappedZaken(out));
    }

    @Test
    void aWrongTypeInAFieldIsReportedWithFieldAndRecordIdAndTheOtherRecordsAreMapped() throws Exception {
        ObjectNode bad = zaken.get(1).deepCopy();
        bad.put("Afgedaan", "ja");
        Path file = write("zaak/wrong-type.json", JSON.writeValueAsString(List.of(zaken.get(0), bad, zaken.get(2))));
        MappedData out = MappedData.of(file.getParent());

        MappingProblem p = single(out);
        assertEquals("2 (Id " + bad.get("Id").asText() + ")", p.record());
        assertEquals("Afgedaan", p.field());
        assertEquals("wrong type in Zaak field Afgedaan: expected true or false, found string \"ja\"", p.reason());
        assertEquals(nummers(0, 2), mappedZaken(out));
    }

    @Test
    void aWrongTypeInsideANestedExpansionNamesThePathToTheField() throws Exception {
        ObjectNode besluit = (ObjectNode) JSON.readTree(ProjectFiles.dataDir().resolve("tk-opendata/besluit/singular.besluit.json").toFile());
        ((ObjectNode) besluit.get("Stemming").get(3)).put("FractieGrootte", "vijf");
        Path file = write("besluit/nested.json", JSON.writeValueAsString(besluit));
        MappedData out = MappedData.of(file.getParent());

        MappingProblem p = single(out);
        assertEquals("Stemming[4].FractieGrootte", p.field());
        assertEquals("wrong type in Stemming field FractieGrootte: expected a whole number, found string \"vijf\"", p.reason());
        assertEquals(0, out.count("SELECT (COUNT(*) AS ?n) WHERE { ?b a kg:Besluit }"), "nothing of the broken record");
    }

    @Test
    void aMissingIdIsReportedAndTheOtherRecordsAreMapped() throws Exception {
        ObjectNode bad = zaken.get(0).deepCopy();
        bad.remove("Id");
        Path file = write("zaak/missing-id.json", JSON.writeValueAsString(List.of(bad, zaken.get(1), zaken.get(2))));
        MappedData out = MappedData.of(file.getParent());

        MappingProblem p = single(out);
        assertEquals("1", p.record());
        assertEquals("Id", p.field());
        assertEquals("missing Id: a Zaak record without an Id cannot be identified", p.reason());
        assertEquals(nummers(1, 2), mappedZaken(out));
    }

    @Test
    void anUnknownEntityTypeIsReportedNotGuessedAndRecordsOfAKnownShapeAreMapped() throws Exception {
        ObjectNode unknown = JSON.createObjectNode().put("Id", "0b5a6e4c-1f0e-4a43-9d61-2d9f1b1b8c11").put("Kleur", "rood");
        // A Persoon record has fields no other entity type has, so its type is settled by them.
        ObjectNode persoon = (ObjectNode) JSON.readTree(ProjectFiles.dataDir()
                .resolve("tk-opendata/persoon/persoon_page_1_fullterm_20251003_002435.json").toFile()).get(0);
        Path file = write("onbekend/dingen.json", JSON.writeValueAsString(List.of(unknown, persoon)));
        MappedData out = MappedData.of(file.getParent());

        MappingProblem p = single(out);
        assertEquals("1 (Id 0b5a6e4c-1f0e-4a43-9d61-2d9f1b1b8c11)", p.record());
        assertTrue(p.reason().startsWith("unknown entity type: no @odata.context, the folder and file name name no entity type"
                + " of the API, and the record's fields fit no entity type"), p.reason());
        assertEquals(1, out.count("SELECT (COUNT(*) AS ?n) WHERE { <http://localhost:3030/id/persoon/"
                + persoon.get("Id").asText().toLowerCase() + "> a kg:Persoon }"));
    }

    @Test
    void anEntryThatIsNotARecordIsReportedAndTheRecordsAroundItAreMapped() throws Exception {
        String json = "[" + JSON.writeValueAsString(zaken.get(0)) + ", 42, " + JSON.writeValueAsString(zaken.get(2)) + "]";
        Path file = write("zaak/not-a-record.json", json);
        MappedData out = MappedData.of(file.getParent());

        MappingProblem p = single(out);
        assertEquals("2", p.record());
        assertEquals("not a record: found VALUE_NUMBER_INT where a JSON object was expected", p.reason());
        assertEquals(nummers(0, 2), mappedZaken(out));
    }

    private Path write(String name, String content) throws Exception {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static MappingProblem single(MappedData out) {
        assertEquals(1, out.report.problems().size(), out.report.problems().toString());
        MappingProblem p = out.report.problems().get(0);
        assertTrue(p.file().endsWith(".json"), p.file());
        return p;
    }

    private Set<String> nummers(int... indexes) {
        Set<String> out = new TreeSet<>();
        for (int i : indexes) out.add(zaken.get(i).get("Nummer").asText());
        return out;
    }

    private static Set<String> mappedZaken(MappedData out) {
        return out.select("SELECT ?n WHERE { ?z a kg:Zaak ; kg:zaaknummer ?n }").stream()
                .map(s -> s.getLiteral("n").getString()).collect(Collectors.toCollection(TreeSet::new));
    }
}
