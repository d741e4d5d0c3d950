package nl.kamergraaf.mapper.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.uri.UriMinter;

/** The entity types Kamergraaf maps are those of the API's $metadata, and their number rules read its fields. */
class TkEntityTypeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyMappedTypeIsAnEntityTypeOfTheApiWithAnIdKey() {
        ODataMetadata metadata = ODataMetadata.bundled();
        for (TkEntityType t : TkEntityType.values()) {
            var et = metadata.entityType(t.apiName());
            assertTrue(et.isPresent(), t.apiName() + " is not in $metadata");
            assertTrue(et.get().propertyType(TkEntityType.KEY_FIELD).isPresent(), t.apiName() + " has no " + TkEntityType.KEY_FIELD);
        }
    }

    @Test
    void theNumberARecordStatesMakesTheIriOfItsThing() throws Exception {
        UriMinter uris = new UriMinter("http://example.org");
        assertEquals(Optional.of(uris.dossier("36600-XIII")), numbered(TkEntityType.KAMERSTUKDOSSIER, uris,
                "{\"Id\":\"0b5a6e4c-1f0e-4a43-9d61-2d9f1b1b8c11\",\"Nummer\":\"36600\",\"Toevoeging\":\"XIII\"}"));
        assertEquals(Optional.of(uris.document("2024D50227")), numbered(TkEntityType.DOCUMENT, uris,
                "{\"Id\":\"0b5a6e4c-1f0e-4a43-9d61-2d9f1b1b8c11\",\"DocumentNummer\":\"2024D50227\",\"Nummer\":\"x\"}"));
        assertEquals(Optional.of(uris.zaak("2024Z21275")), numbered(TkEntityType.ZAAK, uris,
                "{\"Id\":\"0b5a6e4c-1f0e-4a43-9d61-2d9f1b1b8c11\",\"Nummer\":\"2024Z21275\"}"));
        assertEquals(Optional.empty(), numbered(TkEntityType.BESLUIT, uris,
                "{\"Id\":\"0b5a6e4c-1f0e-4a43-9d61-2d9f1b1b8c11\",\"Nummer\":\"1\"}"));
        assertEquals(Optional.empty(), numbered(TkEntityType.ZAAK, uris,
                "{\"Id\":\"0b5a6e4c-1f0e-4a43-9d61-2d9f1b1b8c11\",\"Nummer\":null,\"Verwijderd\":true}"));
    }

    @Test
    void theIrisOfThingsWithoutANumberAreAtTheirTypesSegment() {
        assertEquals("zetellidmaatschap", TkEntityType.guidSegment("FractieZetelPersoon"));
        assertEquals("actorrol", TkEntityType.guidSegment("DocumentActor"));
        assertEquals("kamerstukdossier", TkEntityType.guidSegment("Kamerstukdossier"));
        assertEquals(Optional.of("dossier"), TkEntityType.KAMERSTUKDOSSIER.numberSegment());
        assertEquals("odata-fractiezetelpersoon", TkEntityType.FRACTIE_ZETEL_PERSOON.recordGraphKind());
        assertTrue(TkEntityType.of("DocumentVersie").isEmpty(), "versions are told as part of their document");
    }

    private static Optional<org.apache.jena.graph.Node> numbered(TkEntityType type, UriMinter uris, String json) throws Exception {
        ObjectNode record = (ObjectNode) JSON.readTree(json);
        return type.statedNumber(record).flatMap(n -> type.numberedIri(uris, n));
    }
}
