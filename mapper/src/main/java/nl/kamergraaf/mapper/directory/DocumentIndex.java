package nl.kamergraaf.mapper.directory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which document a GUID stands for: OData Document ids, DocumentVersie ids and DocumentPublicatie ids all lead to the
 * public document number (2024D50227) that the document's IRI is minted from. Filled in the prepare pass, so that a
 * .docx named by its Document id or a publication XML named by its DocumentPublicatie id lands on the same IRI.
 */
public final class DocumentIndex {
    private final Map<String, String> nummerByGuid = new HashMap<>();

    public void add(String guid, String documentNummer) {
        if (guid != null && documentNummer != null) nummerByGuid.putIfAbsent(guid.toLowerCase(Locale.ROOT), documentNummer);
    }

    public Optional<String> documentNummer(String guid) {
        return guid == null ? Optional.empty() : Optional.ofNullable(nummerByGuid.get(guid.toLowerCase(Locale.ROOT)));
    }

    public int size() {
        return nummerByGuid.size();
    }
}
