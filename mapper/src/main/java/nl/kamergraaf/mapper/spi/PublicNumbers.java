package nl.kamergraaf.mapper.spi;

import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.directory.DocumentIndex;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.record.ODataNumberIndex;

/**
 * Which public number a document, zaak, activiteit, agendapunt or dossier GUID stands for (2024D50227, 2024Z21275,
 * 2022A07659, 2022P17046, 36600-XIII): the IRI of such a thing is minted from its number, so a record that names it only by a foreign key
 * ({@code Agendapunt_Id}) must learn the number somewhere. A full map learns it in its prepare pass; sync asks the
 * store being synced (and the page being applied).
 */
@FunctionalInterface
public interface PublicNumbers {
    /** The OData entity types whose things are known by a public number (their IRIs are minted from it). */
    Set<String> NUMBERED_TYPES = Set.of("Document", "Zaak", "Activiteit", "Agendapunt", "Kamerstukdossier");

    /** @param entityType Document, Zaak, Activiteit, Agendapunt or Kamerstukdossier */
    Optional<String> nummer(String entityType, String guid);

    /** What a full map's prepare pass collected: documents by any of their GUIDs, the others in {@code numbers}. */
    static PublicNumbers of(DocumentIndex documents, ODataNumberIndex numbers) {
        return (type, guid) -> "Document".equals(type) ? documents.documentNummer(guid) : numbers.nummer(type, guid);
    }

    /**
     * The number a record states for itself: a document's DocumentNummer, the Nummer of a zaak, activiteit or
     * agendapunt, a dossier's Nummer and Toevoeging (36600-XIII); empty for other types and for a deleted record.
     */
    static Optional<String> statedBy(String entityType, JsonNode record) {
        return switch (entityType) {
            case "Document" -> Optional.ofNullable(Fields.text(record, "DocumentNummer"));
            case "Zaak", "Activiteit", "Agendapunt" -> Optional.ofNullable(Fields.text(record, "Nummer"));
            case "Kamerstukdossier" -> Fields.dossierId(record);
            default -> Optional.empty();
        };
    }
}
