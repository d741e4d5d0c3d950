package nl.kamergraaf.mapper.source.odata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.spi.BadInput;
import nl.kamergraaf.mapper.spi.FormatSamples.Format;
import nl.kamergraaf.mapper.spi.LargeInput;
import nl.kamergraaf.mapper.spi.SourceMapperContract;

/**
 * The source-mapper contract for OData JSON pages, and the bad input only JSON records have (a wrong type in a field,
 * also deep in an expansion; a missing Id; an unknown entity type; an entry that is no record). Each is reported with
 * file, record and reason, the bad record is skipped, and the good records of the same file are still mapped. The good
 * records are real Zaak records from data/tk-opendata.
 */
class ODataJsonContractTest extends SourceMapperContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    private List<ObjectNode> zaken;

    ODataJsonContractTest() {
        super(ODataSourceMapper::new, Format.ODATA_JSON, ZAAKNUMMERS, new LargeInput(GeneratedBesluitPage.class, 1_000_000, 256, 10));
    }

    @BeforeEach
    void readRealZaken() throws IOException {
        ArrayNode page = (ArrayNode) JSON.readTree(ProjectFiles.tkOpenData("zaak")
                .resolve("zaak_page_1_fullterm_20251002_231433.json").toFile());
        zaken = List.of((ObjectNode) page.get(0), (ObjectNode) page.get(1), (ObjectNode) page.get(2));
    }

    @Override
    protected BadInput malformedRecordBesideGoodOnes(Path in) throws IOException {
        String good = JSON.writeValueAsString(zaken.subList(0, 2));
        Path file = write(in, "zaak/malformed.json", good.substring(0, good.length() - 1) + ", {\"Id\": \"x\", \"Nummer\": ] }]");
        return BadInput.reported(file, "3", "malformed JSON \\(line 1, column.*", nummers(0, 1));
    }

    @Override
    protected BadInput fileCutOff(Path in) throws IOException {
        String all = JSON.writeValueAsString(zaken);
        String third = JSON.writeValueAsString(zaken.get(2));
        Path file = write(in, "zaak/cut.json", all.substring(0, all.length() - third.length() / 2 - 1));
        return BadInput.reported(file, "3", "cut off: the file ends inside record 3.*", nummers(0, 1));
    }

    @Test
    void aWrongTypeInAFieldIsReportedWithFieldAndRecordIdAndTheOtherRecordsAreMapped() throws IOException {
        ObjectNode bad = zaken.get(1).deepCopy();
        bad.put("Afgedaan", "ja");
        Path file = write(in(), "zaak/wrong-type.json", JSON.writeValueAsString(List.of(zaken.get(0), bad, zaken.get(2))));
        MappingProblem p = mapExpecting(BadInput.reported(file, "2 (Id " + bad.get("Id").asText() + ")",
                "\\Qwrong type in Zaak field Afgedaan: expected true or false, found string \"ja\"\\E", nummers(0, 2)), in());
        assertEquals("Afgedaan", p.field());
    }

    @Test
    void aWrongTypeInsideANestedExpansionNamesThePathToTheField() throws IOException {
        ObjectNode besluit = (ObjectNode) JSON.readTree(ProjectFiles.tkOpenData("besluit").resolve("singular.besluit.json").toFile());
        ((ObjectNode) besluit.get("Stemming").get(3)).put("FractieGrootte", "vijf");
        Path file = write(in(), "besluit/nested.json", JSON.writeValueAsString(besluit));
        MappingRun run = map(in());
        MappingProblem p = check(BadInput.reported(file, "1 (Id " + besluit.get("Id").asText() + ")",
                "\\Qwrong type in Stemming field FractieGrootte: expected a whole number, found string \"vijf\"\\E", List.of()), run);
        assertEquals("Stemming[4].FractieGrootte", p.field());
        assertEquals(List.of(), run.column("SELECT ?b WHERE { ?b a kg:Besluit }", "b"), "nothing of the broken record");
    }

    @Test
    void aMissingIdIsReportedAndTheOtherRecordsAreMapped() throws IOException {
        ObjectNode bad = zaken.get(0).deepCopy();
        bad.remove("Id");
        Path file = write(in(), "zaak/missing-id.json", JSON.writeValueAsString(List.of(bad, zaken.get(1), zaken.get(2))));
        MappingProblem p = mapExpecting(BadInput.reported(file, "1",
                "\\Qmissing Id: a Zaak record without an Id cannot be identified\\E", nummers(1, 2)), in());
        assertEquals("Id", p.field());
    }

    @Test
    void anUnknownEntityTypeIsReportedNotGuessedAndRecordsOfAKnownShapeAreMapped() throws IOException {
        ObjectNode unknown = JSON.createObjectNode().put("Id", "0b5a6e4c-1f0e-4a43-9d61-2d9f1b1b8c11").put("Kleur", "rood");
        // A Persoon record has fields no other entity type has, so its type is settled by them.
        ObjectNode persoon = (ObjectNode) JSON.readTree(ProjectFiles.tkOpenData("persoon")
                .resolve("persoon_page_1_fullterm_20251003_002435.json").toFile()).get(0);
        Path file = write(in(), "onbekend/dingen.json", JSON.writeValueAsString(List.of(unknown, persoon)));
        MappingRun run = map(in());
        check(BadInput.reported(file, "1 (Id 0b5a6e4c-1f0e-4a43-9d61-2d9f1b1b8c11)", "\\Qunknown entity type: no @odata.context, the folder"
                + " and file name name no entity type of the API, and the record's fields fit no entity type\\E.*", List.of()), run);
        assertTrue(run.ask("ASK { <http://localhost:3030/id/persoon/" + persoon.get("Id").asText().toLowerCase() + "> a kg:Persoon }"));
    }

    @Test
    void anEntryThatIsNotARecordIsReportedAndTheRecordsAroundItAreMapped() throws IOException {
        String json = "[" + JSON.writeValueAsString(zaken.get(0)) + ", 42, " + JSON.writeValueAsString(zaken.get(2)) + "]";
        Path file = write(in(), "zaak/not-a-record.json", json);
        mapExpecting(BadInput.reported(file, "2",
                "\\Qnot a record: found VALUE_NUMBER_INT where a JSON object was expected\\E", nummers(0, 2)), in());
    }

    private static Path write(Path in, String name, String content) throws IOException {
        Path file = in.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private List<String> nummers(int... indexes) {
        List<String> out = new ArrayList<>();
        for (int i : indexes) out.add(zaken.get(i).get("Nummer").asText());
        return out;
    }
}
