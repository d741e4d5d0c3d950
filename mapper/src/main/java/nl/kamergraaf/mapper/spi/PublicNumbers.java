package nl.kamergraaf.mapper.spi;

import java.util.Optional;

import nl.kamergraaf.mapper.directory.DocumentIndex;
import nl.kamergraaf.mapper.record.ODataNumberIndex;
import nl.kamergraaf.mapper.record.TkEntityType;

/**
 * Which public number a document, zaak, activiteit, agendapunt or dossier GUID stands for (2024D50227, 2024Z21275,
 * 2022A07659, 2022P17046, 36600-XIII): the IRI of such a thing is minted from its number, so a record that names it only by a foreign key
 * ({@code Agendapunt_Id}) must learn the number somewhere. A full map learns it in its prepare pass; sync asks the
 * store being synced (and the page being applied).
 */
@FunctionalInterface
public interface PublicNumbers {
    /** @param entityType a {@linkplain TkEntityType#numbered() numbered} type: Document, Zaak, Activiteit, Agendapunt, Kamerstukdossier */
    Optional<String> nummer(String entityType, String guid);

    /** What a full map's prepare pass collected: documents by any of their GUIDs, the others in {@code numbers}. */
    static PublicNumbers of(DocumentIndex documents, ODataNumberIndex numbers) {
        return (type, guid) -> TkEntityType.DOCUMENT.apiName().equals(type) ? documents.documentNummer(guid) : numbers.nummer(type, guid);
    }
}
