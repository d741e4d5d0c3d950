package nl.kamergraaf.mapper.entity;

import java.util.Optional;

import org.apache.jena.graph.Node;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.record.TkEntityType;
import nl.kamergraaf.mapper.spi.PublicNumbers;
import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * The IRI of an OData entity, whether the record itself is at hand or only a foreign key to it: the things of a
 * {@linkplain TkEntityType#numbered() numbered} type by their public number (looked up by GUID when only the key is
 * known), everything else by GUID. This keeps one IRI for the same thing reached from two records.
 */
record ODataIris(UriMinter uris, PublicNumbers numbers) {
    /** The IRI of the entity a record describes; {@code Id} must be a GUID. */
    Node of(String type, JsonNode record) {
        String id = Fields.text(record, TkEntityType.KEY_FIELD);
        TkEntityType t = TkEntityType.of(type).filter(TkEntityType::numbered).orElse(null);
        if (t == null) return ref(type, id);
        Optional<String> stated = t.statedNumber(record);
        // A dossier's stated number is taken as it is (one of unexpected form fails the record); other numbers of
        // unexpected form leave the thing at its GUID IRI.
        if (t == TkEntityType.KAMERSTUKDOSSIER) return stated.map(uris::dossier).orElseGet(() -> ref(type, id));
        return numbered(t, stated.orElse(null), id);
    }

    /** The IRI of an entity known only by its GUID (a foreign key such as {@code Besluit_Id}). */
    Node ref(String type, String guid) {
        TkEntityType t = TkEntityType.of(type).filter(TkEntityType::numbered).orElse(null);
        if (t == null) return uris.byGuid(TkEntityType.guidSegment(type), guid);
        // A SyncFeed zaak or document names its dossier only by GUID: its number, where the run knows it.
        Optional<String> known = numbers.nummer(type, guid);
        if (known.isEmpty()) return uris.byGuid(t.guidSegment(), guid);
        // The number the run knows a document or dossier by is taken as it is (one of unexpected form fails the
        // record); that of a zaak, activiteit or agendapunt falls back to the GUID IRI.
        return switch (t) {
            case DOCUMENT, KAMERSTUKDOSSIER -> t.numberedIri(uris, known.get()).orElseThrow();
            default -> numbered(t, known.get(), guid);
        };
    }

    /**
     * The IRI of a deleted record's tombstone: its GUID IRI, which needs no number (a deleted record states none, all
     * its fields but Id are null). Where the thing was known by its number, that IRI is a tombstone too (see
     * {@link #byNumber}).
     */
    Node tombstone(String type, String guid) {
        return uris.byGuid(TkEntityType.guidSegment(type), guid);
    }

    /** The IRI minted from a public number; empty for a type without numbers or a number of unexpected form. */
    Optional<Node> byNumber(String type, String nummer) {
        if (nummer == null) return Optional.empty();
        try {
            return TkEntityType.of(type).flatMap(t -> t.numberedIri(uris, nummer));
        } catch (IllegalArgumentException e) {
            // A number of an unexpected form: the GUID still names the thing reliably.
            return Optional.empty();
        }
    }

    /** The vote event on a besluit. */
    Node stemmingsuitslag(String besluitGuid) {
        return uris.byGuid("stemmingsuitslag", besluitGuid);
    }

    private Node numbered(TkEntityType type, String nummer, String guid) {
        Optional<Node> stated = byNumber(type.apiName(), nummer);
        if (stated.isPresent()) return stated.get();
        Optional<String> known = numbers.nummer(type.apiName(), guid);
        if (known.isPresent() && !known.get().equals(nummer)) return numbered(type, known.get(), guid);
        return uris.byGuid(type.guidSegment(), guid);
    }
}
