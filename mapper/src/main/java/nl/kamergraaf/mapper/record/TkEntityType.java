package nl.kamergraaf.mapper.record;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.jena.graph.Node;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * The Tweede Kamer entity types Kamergraaf maps, each with what every part of the code must agree on: its name in the
 * API ($metadata, SyncFeed categories), its kg: class, the IRI path segment of its things, and its public-number rule
 * (which field, if any, holds the number its IRI is minted from: {@code document/2024D50227},
 * {@code zaak/2024Z21275}, {@code dossier/36600-XIII}). Every entity is keyed by its GUID in {@value #KEY_FIELD};
 * things without a number, and numbered things whose number is unknown, are at {@code {type}/{guid}}. Entity types
 * the API has but Kamergraaf does not map (DocumentVersie, Reservering, ...) are not listed.
 */
public enum TkEntityType {
    PERSOON("Persoon", KG.Persoon),
    FRACTIE("Fractie", KG.Fractie),
    FRACTIE_ZETEL("FractieZetel", KG.Fractiezetel),
    /** A member's seat in a fractie: a zetellidmaatschap. */
    FRACTIE_ZETEL_PERSOON("FractieZetelPersoon", KG.Zetellidmaatschap, "zetellidmaatschap"),
    COMMISSIE("Commissie", KG.Commissie),
    ACTIVITEIT("Activiteit", KG.Activiteit, NumberRule.field("Nummer", "activiteit", UriMinter::activiteit)),
    AGENDAPUNT("Agendapunt", KG.Agendapunt, NumberRule.field("Nummer", "agendapunt", UriMinter::agendapunt)),
    VERGADERING("Vergadering", KG.Vergadering),
    BESLUIT("Besluit", KG.Besluit),
    STEMMING("Stemming", KG.Stemming),
    ZAAK("Zaak", KG.Zaak, NumberRule.field("Nummer", "zaak", UriMinter::zaak)),
    /** An actor's role in a zaak: an actorrol. */
    ZAAK_ACTOR("ZaakActor", KG.Actorrol, "actorrol"),
    /** An actor's role in a document: an actorrol. */
    DOCUMENT_ACTOR("DocumentActor", KG.Actorrol, "actorrol"),
    DOCUMENT("Document", KG.Document, NumberRule.field("DocumentNummer", "document", UriMinter::document)),
    /** Numbered by Nummer and Toevoeging (36600-XIII), at {@code dossier/…}. */
    KAMERSTUKDOSSIER("Kamerstukdossier", KG.Kamerstukdossier, "kamerstukdossier",
            new NumberRule(Fields::dossierId, "dossier", UriMinter::dossier));

    /** The field every entity is keyed by: its GUID. */
    public static final String KEY_FIELD = "Id";

    private static final Map<String, TkEntityType> BY_NAME;
    static {
        var byName = new HashMap<String, TkEntityType>();
        for (TkEntityType t : values()) byName.put(t.apiName, t);
        BY_NAME = Map.copyOf(byName);
    }

    private final String apiName;
    private final Node kgClass;
    private final String guidSegment;
    private final NumberRule number;

    TkEntityType(String apiName, Node kgClass) {
        this(apiName, kgClass, apiName.toLowerCase(Locale.ROOT), null);
    }

    TkEntityType(String apiName, Node kgClass, String guidSegment) {
        this(apiName, kgClass, guidSegment, null);
    }

    TkEntityType(String apiName, Node kgClass, NumberRule number) {
        this(apiName, kgClass, apiName.toLowerCase(Locale.ROOT), number);
    }

    TkEntityType(String apiName, Node kgClass, String guidSegment, NumberRule number) {
        this.apiName = apiName;
        this.kgClass = kgClass;
        this.guidSegment = guidSegment;
        this.number = number;
    }

    /** The mapped entity type of that API name ("Zaak"); empty for a type Kamergraaf does not map. */
    public static Optional<TkEntityType> of(String apiName) {
        return Optional.ofNullable(apiName == null ? null : BY_NAME.get(apiName));
    }

    /** Whether things of this API name are known by a public number. */
    public static boolean isNumbered(String apiName) {
        return of(apiName).map(TkEntityType::numbered).orElse(false);
    }

    /** The IRI path segment of a thing of that API name known by its GUID; the lowercase name for an unmapped type. */
    public static String guidSegment(String apiName) {
        return of(apiName).map(TkEntityType::guidSegment).orElseGet(() -> apiName.toLowerCase(Locale.ROOT));
    }

    /** The name in the API's $metadata and the SyncFeed: "Zaak", "FractieZetelPersoon". */
    public String apiName() {
        return apiName;
    }

    /** The most specific kg: class of its things. */
    public Node kgClass() {
        return kgClass;
    }

    /** The IRI path segment of its things known by GUID: {@code zaak/{guid}}, {@code zetellidmaatschap/{guid}}. */
    public String guidSegment() {
        return guidSegment;
    }

    /** The kind of its record graphs: {@code graph/odata-zaak/{guid}}. */
    public String recordGraphKind() {
        return "odata-" + apiName.toLowerCase(Locale.ROOT);
    }

    /** Whether its things are known by a public number (their IRIs are minted from it). */
    public boolean numbered() {
        return number != null;
    }

    /** The IRI path segment of its numbered things: {@code zaak/2024Z21275}, {@code dossier/36600-XIII}. */
    public Optional<String> numberSegment() {
        return number == null ? Optional.empty() : Optional.of(number.segment());
    }

    /**
     * The number a record states for itself: a document's DocumentNummer, the Nummer of a zaak, activiteit or
     * agendapunt, a dossier's Nummer and Toevoeging (36600-XIII); empty for other types and for a deleted record.
     */
    public Optional<String> statedNumber(JsonNode record) {
        return number == null ? Optional.empty() : number.stated().apply(record);
    }

    /**
     * The IRI minted from a number of this type; empty for a type without numbers.
     *
     * @throws IllegalArgumentException when the number is not of the form its IRIs take
     */
    public Optional<Node> numberedIri(UriMinter uris, String nummer) {
        return number == null ? Optional.empty() : Optional.of(number.iri().apply(uris, nummer));
    }

    /** The public-number rule of a type: where a record states its number, and how the IRI is minted from it. */
    private record NumberRule(Function<JsonNode, Optional<String>> stated, String segment,
            BiFunction<UriMinter, String, Node> iri) {
        static NumberRule field(String field, String segment, BiFunction<UriMinter, String, Node> iri) {
            return new NumberRule(r -> Optional.ofNullable(Fields.text(r, field)), segment, iri);
        }
    }
}
