package nl.kamergraaf.mapper.odata;

import java.util.Optional;

import org.apache.jena.graph.Node;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.directory.DocumentIndex;
import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * The IRI of an OData entity, whether the record itself is at hand or only a foreign key to it: documents, zaken,
 * activiteiten and agendapunten by their public number (looked up by GUID when only the key is known), everything
 * else by GUID. This keeps one IRI for the same thing reached from two records.
 */
final class ODataIris {
    private final UriMinter uris;
    private final DocumentIndex documents;
    private final ODataNumberIndex numbers;

    ODataIris(UriMinter uris, DocumentIndex documents, ODataNumberIndex numbers) {
        this.uris = uris;
        this.documents = documents;
        this.numbers = numbers;
    }

    UriMinter uris() {
        return uris;
    }

    /** The IRI of the entity a record describes; {@code Id} must be a GUID. */
    Node of(String type, JsonNode record) {
        String id = Fields.text(record, "Id");
        return switch (type) {
            case "Document" -> numbered(type, Fields.text(record, "DocumentNummer"), id);
            case "Zaak", "Activiteit", "Agendapunt" -> numbered(type, Fields.text(record, "Nummer"), id);
            case "Kamerstukdossier" -> Fields.dossierId(record).map(uris::dossier).orElseGet(() -> ref(type, id));
            default -> ref(type, id);
        };
    }

    /** The IRI of an entity known only by its GUID (a foreign key such as {@code Besluit_Id}). */
    Node ref(String type, String guid) {
        return switch (type) {
            case "Persoon" -> uris.persoonById(guid);
            case "Document" -> documents.documentNummer(guid).map(uris::document).orElseGet(() -> uris.byGuid("document", guid));
            case "Zaak", "Activiteit", "Agendapunt" -> numbers.nummer(type, guid).map(n -> numbered(type, n, guid))
                    .orElseGet(() -> uris.byGuid(pathType(type), guid));
            default -> uris.byGuid(pathType(type), guid);
        };
    }

    /** The vote event on a besluit. */
    Node stemmingsuitslag(String besluitGuid) {
        return uris.byGuid("stemmingsuitslag", besluitGuid);
    }

    private Node numbered(String type, String nummer, String guid) {
        if (nummer != null) {
            try {
                return switch (type) {
                    case "Document" -> uris.document(nummer);
                    case "Zaak" -> uris.zaak(nummer);
                    case "Activiteit" -> uris.activiteit(nummer);
                    default -> uris.agendapunt(nummer);
                };
            } catch (IllegalArgumentException e) {
                // A number of an unexpected form: the GUID still names the thing reliably.
            }
        }
        if (type.equals("Document")) {
            Optional<String> known = documents.documentNummer(guid);
            if (known.isPresent()) return uris.document(known.get());
        } else {
            Optional<String> known = numbers.nummer(type, guid);
            if (known.isPresent() && !known.get().equals(nummer)) return numbered(type, known.get(), guid);
        }
        return uris.byGuid(pathType(type), guid);
    }

    /** The IRI path segment of a type: FractieZetelPersoon is a zetellidmaatschap, actors are actorrollen. */
    static String pathType(String type) {
        return switch (type) {
            case "FractieZetelPersoon" -> "zetellidmaatschap";
            case "ZaakActor", "DocumentActor" -> "actorrol";
            default -> type.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
