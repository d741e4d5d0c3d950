package nl.kamergraaf.mapper.directory;

import java.util.Locale;
import java.util.Optional;

import nl.kamergraaf.mapper.runindex.StringTable;

/**
 * Which document a GUID stands for: OData Document ids, DocumentVersie ids and DocumentPublicatie ids all lead to the
 * public document number (2024D50227) that the document's IRI is minted from. Filled in the prepare pass, so that a
 * .docx named by its Document id or a publication XML named by its DocumentPublicatie id lands on the same IRI.
 * Kept in a table on disk (a run's {@link nl.kamergraaf.mapper.RunIndexes}): three GUIDs per document of the whole
 * Tweede Kamer would otherwise fill the heap.
 */
public final class DocumentIndex {
    private final StringTable nummerByGuid;

    public DocumentIndex(StringTable nummerByGuid) {
        this.nummerByGuid = nummerByGuid;
    }

    public void add(String guid, String documentNummer) {
        if (guid != null && documentNummer != null) nummerByGuid.putIfAbsent(guid.toLowerCase(Locale.ROOT), documentNummer);
    }

    public Optional<String> documentNummer(String guid) {
        return guid == null ? Optional.empty() : nummerByGuid.get(guid.toLowerCase(Locale.ROOT));
    }

    public long size() {
        return nummerByGuid.size();
    }
}
