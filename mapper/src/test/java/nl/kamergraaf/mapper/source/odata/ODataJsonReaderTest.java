package nl.kamergraaf.mapper.source.odata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.record.ODataMetadata;

/** The page forms of the OData API, and how the entity type of their records is settled. */
class ODataJsonReaderTest {
    private final ODataJsonReader reader = new ODataJsonReader();
    private final EntityTypeResolver types = new EntityTypeResolver(ODataMetadata.bundled());

    private record Seen(String id, long position, String context) {}

    private List<Seen> read(String json, ODataJsonReader.PageInfo[] info) throws Exception {
        List<Seen> seen = new ArrayList<>();
        info[0] = reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new ODataJsonReader.Handler() {
            @Override
            public void record(ObjectNode record, long position, String context) {
                seen.add(new Seen(record.path("Id").asText(), position, context));
            }

            @Override
            public void notARecord(long position, String reason) {
                seen.add(new Seen(null, position, reason));
            }
        });
        return seen;
    }

    @Test
    void aValuePageGivesItsRecordsWithTheContextAndItsNextLink() throws Exception {
        var info = new ODataJsonReader.PageInfo[1];
        String ctx = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Stemming(Besluit(Agendapunt(Zaak())))";
        List<Seen> seen = read("{\"@odata.context\":\"" + ctx + "\",\"value\":[{\"Id\":\"a\"},{\"Id\":\"b\"}],"
                + "\"@odata.nextLink\":\"https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Stemming?$skip=250\"}", info);
        assertEquals(List.of(new Seen("a", 1, ctx), new Seen("b", 2, ctx)), seen);
        assertEquals(Optional.of("https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Stemming?$skip=250"), info[0].nextLink());
        assertEquals(2, info[0].records());
    }

    @Test
    void aBareArrayAndASingleRecordAreReadToo() throws Exception {
        var info = new ODataJsonReader.PageInfo[1];
        assertEquals(List.of(new Seen("a", 1, null), new Seen("b", 2, null)), read("[{\"Id\":\"a\"},{\"Id\":\"b\"}]", info));
        assertEquals(List.of(new Seen("c", 1, "$metadata#Besluit/$entity")),
                read("{\"@odata.context\":\"$metadata#Besluit/$entity\",\"Id\":\"c\",\"Zaak\":[{\"Id\":\"d\"}]}", info));
    }

    @Test
    void theContextSettlesTheEntityTypeBeforeTheFolderAndTheFieldsAfterBoth() throws Exception {
        ObjectNode persoon = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("Id", "0b5a6e4c-1f0e-4a43-9d61-2d9f1b1b8c11").put("Achternaam", "Zeedijk").put("Roepnaam", "Femke");
        assertEquals("Stemming", types.resolve("…/$metadata#Stemming(Besluit())", types.fromFile(Path.of("zaak/p.json")), persoon));
        assertEquals("FractieZetelPersoon", types.resolve(null, types.fromFile(Path.of("fractie_zetel_persoon/x.json")), persoon));
        assertEquals("Besluit", types.fromFile(Path.of("responses/singular.besluit.json")).orElseThrow());
        assertEquals("Persoon", types.resolve(null, Optional.empty(), persoon));
        ObjectNode tombstone = persoon.deepCopy().retain("Id").put("Verwijderd", true);
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> types.resolve(null, Optional.empty(), tombstone));
        assertEquals(true, e.getMessage().contains("fit several"), e.getMessage());
    }
}
