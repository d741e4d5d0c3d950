package nl.kamergraaf.mapper.entity;

import java.util.Optional;

import org.apache.jena.graph.Node;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.spi.PublicNumbers;
import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * The IRI of an OData entity, whether the record itself is at hand or only a foreign key to it: documents, zaken,
 * activiteiten and agendapunten by their public number (looked up by GUID when only the key is known), everything
 * else by GUID. This keeps one IRI for the same thing reached from two records.
 */
final class ODataIris {
    private final UriMinter uris;
    private final PublicNumbers numbers;

    ODataIris(UriMinter uris, PublicNumbers numbers) {
        this.uris = uris;
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
            case "Document" -> numbers.nummer(type, guid).map(uris::document).orElseGet(() -> uris.byGuid("document", guid));
            case "Zaak", "Activiteit", "Agendapunt" -> numbers.nummer(type, guid).map(n -> numbered(type, n, guid))
                    .orElseGet(() -> uris.byGuid(pathType(type), guid));
            // A SyncFeed zaak or document names its dossier only by GUID: its number, where the run knows it.
            case "Kamerstukdossier" -> numbers.nummer(type, guid).map(uris::dossier).orElseGet(() -> uris.byGuid(pathType(type), guid));
            default -> uris.byGuid(pathType(type), guid);
        };
    }

    /**
     * The IRI of a deleted record's tombstone: its GUID IRI, which needs no number (a deleted record states none, all
     * its fields but Id are null). Where the thing was known by its number, that IRI is a tombstone too (see
     * {@link #byNumber}).
     */
    Node tombstone(String type, String guid) {
        return switch (type) {
            case "Document", "Zaak", "Activiteit", "Agendapunt", "Kamerstukdossier" -> uris.byGuid(pathType(type), guid);
            default -> ref(type, guid);
        };
    }

    /** The IRI minted from a public number; empty for a type without numbers or a number of unexpected form. */
    Optional<Node> byNumber(String type, String nummer) {
        if (nummer == null) return Optional.empty();
        try {
            return switch (type) {
                case "Document" -> Optional.of(uris.document(nummer));
                case "Zaak" -> Optional.of(uris.zaak(nummer));
                case "Activiteit" -> Optional.of(uris.activiteit(nummer));
                case "Agendapunt" -> Optional.of(uris.agendapunt(nummer));
                case "Kamerstukdossier" -> Optional.of(uris.dossier(nummer));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            // A number of an unexpected form: the GUID still names the thing reliably.
            return Optional.empty();
        }
    }

    /** The vote event on a besluit. */
    Node stemmingsuitslag(String besluitGuid) {
        return uris.byGuid("stemmingsuitslag", besluitGuid);
    }

    private Node numbered(String type, String nummer, String guid) {
        Optional<Node> stated = byNumber(type, nummer);
        if (stated.isPresent()) return stated.get();
        Optional<String> known = numbers.nummer(type, guid);
        if (known.isPresent() && !known.get().equals(nummer)) return numbered(type, known.get(), guid);
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
