package nl.kamergraaf.mapper.odata;

import java.util.Optional;

import nl.kamergraaf.mapper.directory.DocumentIndex;

/**
 * Which public number a document, zaak, activiteit or agendapunt GUID stands for (2024D50227, 2024Z21275, 2022A07659,
 * 2022P17046): the IRI of such a thing is minted from its number, so a record that names it only by a foreign key
 * ({@code Agendapunt_Id}) must learn the number somewhere. A full map learns it in its prepare pass; sync asks the
 * store being synced (and the page being applied).
 */
@FunctionalInterface
public interface PublicNumbers {
    /** @param entityType Document, Zaak, Activiteit or Agendapunt */
    Optional<String> nummer(String entityType, String guid);

    /** What a full map's prepare pass collected: documents by any of their GUIDs, the others in {@code numbers}. */
    static PublicNumbers of(DocumentIndex documents, ODataNumberIndex numbers) {
        return (type, guid) -> "Document".equals(type) ? documents.documentNummer(guid) : numbers.nummer(type, guid);
    }
}
