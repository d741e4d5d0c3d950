package nl.kamergraaf.mapper.uri;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The one place where Kamergraaf IRIs are made. Things are {@code {base}/id/{type}/{key}}, the named graph of a
 * source record is {@code {base}/graph/{kind}/{key}}. Keys are public numbers where they exist (2024D50227,
 * 36600-XIII-29), GUIDs otherwise, and a readable slug for things known only by name. Every IRI is checked before
 * it leaves this class, so the output never holds an invalid IRI.
 */
public final class UriMinter {
    /** The local default; it resolves on the server started by {@code kamergraaf serve} with default settings. */
    public static final String DEFAULT_BASE = "http://localhost:3030";

    private static final Pattern DOCUMENT_NUMMER = Pattern.compile("\\d{4}D\\d{5}");
    private static final Pattern ZAAK_NUMMER = Pattern.compile("\\d{4}Z\\d{5}");
    private static final Pattern DOSSIER = Pattern.compile("\\d+(-[A-Za-z0-9]+)*");
    private static final Pattern HANDELINGEN_ID = Pattern.compile("h-(tk|ek)-\\d{8}-\\d+(-\\d+)?");
    private static final Pattern SOURCE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.[A-Za-z0-9]+");
    private static final Pattern ACTIVITEIT_NUMMER = Pattern.compile("\\d{4}A\\d{5}");
    private static final Pattern AGENDAPUNT_NUMMER = Pattern.compile("\\d{4}P\\d{5}");
    /** The types whose things are known by their Tweede Kamer GUID only (or, for the others, when the number is missing). */
    private static final java.util.Set<String> GUID_TYPES = java.util.Set.of("document", "zaak", "activiteit", "agendapunt",
            "besluit", "stemming", "fractie", "fractiezetel", "zetellidmaatschap", "vergadering", "commissie", "persoon",
            "actorrol", "kamerstukdossier", "stemmingsuitslag");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final String base;

    public UriMinter(String base) {
        Objects.requireNonNull(base, "base");
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        IRIx iri;
        try {
            iri = IRIx.create(trimmed);
        } catch (IRIException e) {
            throw new IllegalArgumentException("Not a valid base IRI: '" + base + "': " + e.getMessage(), e);
        }
        if (!iri.isAbsolute() || !(trimmed.startsWith("http://") || trimmed.startsWith("https://"))) {
            throw new IllegalArgumentException("The base IRI must be an absolute http(s) IRI, got '" + base + "'");
        }
        this.base = trimmed;
    }

    public static UriMinter defaults() {
        return new UriMinter(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node document(String documentNummer) {
        return thing("document", requireKey(documentNummer, DOCUMENT_NUMMER, "document number"));
    }

    public Node zaak(String zaakNummer) {
        return thing("zaak", requireKey(zaakNummer, ZAAK_NUMMER, "zaak number"));
    }

    /** A dossier by number and optional suffix: {@code 33009}, {@code 36600-XIII}. */
    public Node dossier(String dossierId) {
        return thing("dossier", requireKey(dossierId, DOSSIER, "dossier id"));
    }

    /** A kamerstuk by dossier id and volgnummer: {@code 36600-XIII-29}. */
    public Node kamerstuk(String kamerstukId) {
        return thing("kamerstuk", requireKey(kamerstukId, DOSSIER, "kamerstuk id"));
    }

    /** A part of the Handelingen by its officielebekendmakingen identifier: {@code h-tk-20232024-35-12}. */
    public Node handelingen(String identifier) {
        return thing("handelingen", requireKey(identifier, HANDELINGEN_ID, "Handelingen identifier"));
    }

    /** The page of a Handelingen part at officielebekendmakingen.nl. */
    public static Node officieleBekendmakingenHandelingenPage(String identifier) {
        return checked("https://zoek.officielebekendmakingen.nl/" + encodeKey(identifier) + ".html");
    }

    public Node activiteit(String nummer) {
        return thing("activiteit", requireKey(nummer, ACTIVITEIT_NUMMER, "activiteit number"));
    }

    public Node agendapunt(String nummer) {
        return thing("agendapunt", requireKey(nummer, AGENDAPUNT_NUMMER, "agendapunt number"));
    }

    /**
     * A thing of the Tweede Kamer data by its GUID, lowercased: {@code besluit/{guid}}, {@code stemming/{guid}},
     * {@code fractie/{guid}}, ...; also a document, zaak, activiteit or agendapunt whose public number is unknown.
     */
    public Node byGuid(String type, String guid) {
        if (!GUID_TYPES.contains(type)) throw new IllegalArgumentException("No GUID-keyed things of type '" + type + "'");
        return thing(type, requireKey(guid, GUID, type + " id").toLowerCase(Locale.ROOT));
    }

    /** The count of one vote option in the vote event on a besluit: {@code stemmingsuitslag/{guid}-voor}. */
    public Node stemmentelling(String besluitGuid, String option) {
        return thing("stemmingsuitslag", requireKey(besluitGuid, GUID, "besluit id").toLowerCase(Locale.ROOT) + "-" + slug(option));
    }

    /** The period of a membership or other thing keyed by GUID: {@code periode/{type}-{guid}}. */
    public Node periode(String type, String guid) {
        return thing("periode", slug(type) + "-" + requireKey(guid, GUID, type + " id").toLowerCase(Locale.ROOT));
    }

    /** Whether the text is a Tweede Kamer GUID. */
    public static boolean isGuid(String text) {
        return text != null && GUID.matcher(text).matches();
    }

    public Node persoonById(String guid) {
        return thing("persoon", requireKey(guid, GUID, "persoon id").toLowerCase(Locale.ROOT));
    }

    /** A person the Tweede Kamer data does not (yet) hold, known by name only, e.g. a minister from outside parliament. */
    public Node persoonByName(String displayName) {
        return thing("persoon", slug(displayName));
    }

    /** A file in which KOOP published a kamerstuk, keyed by KOOP's file name: {@code kst-21501-30-667.xml}. */
    public Node publicatie(String koopFileName) {
        return thing("publicatie", requireKey(koopFileName, FILE_NAME, "KOOP publication file name"));
    }

    /** The file of a Tweede Kamer document, keyed by its file name, which carries the Document id: {@code {guid}.docx}. */
    public Node documentbestand(String fileName) {
        return thing("bestand", requireKey(fileName.toLowerCase(Locale.ROOT), FILE_NAME, "document file name"));
    }

    public Node post(String postName) {
        return thing("functie", slug(postName));
    }

    public Node organisatie(String name) {
        return thing("organisatie", slug(name));
    }

    /**
     * A reference (citation or mention) found in the text of a source, numbered in reading order; the source key is
     * the document number (2024D50227) or, for a text known only by its publication, its identifier (kst-36600-VIII-136).
     */
    public Node verwijzing(String sourceKey, int ordinal) {
        return thing("verwijzing", requireKey(sourceKey, SOURCE_KEY, "text source key") + "-" + ordinal);
    }

    /** A concept of one of the ontology's concept schemes, e.g. scheme "documentsoort", label "Brief regering". */
    public static Node concept(String scheme, String label) {
        return checked(nl.kamergraaf.vocab.KG.SCHEME_BASE + slug(scheme) + "/" + slug(label));
    }

    /**
     * A value the source used for an enumeration whose scheme does not list it: {@code onbekende-waarde/besluitsoort/stemmen}.
     * An /id/ IRI of the data, not of the ontology, since the value is the source's, not Kamergraaf's vocabulary.
     */
    public Node onbekendeWaarde(String scheme, String value) {
        return thing("onbekende-waarde/" + slug(scheme), slug(value));
    }

    public static Node conceptScheme(String scheme) {
        return checked(nl.kamergraaf.vocab.KG.SCHEME_BASE + slug(scheme));
    }

    /** The named graph holding what one source record says. */
    public Node recordGraph(String kind, String key) {
        return checked(base + "/graph/" + slug(kind) + "/" + encodeKey(key));
    }

    /** The ending of an expansion graph's IRI: {@link #expansionGraph}. */
    public static final String EXPANSION = "/expansion";

    /**
     * The graph of what a record's nested {@code $expand} states beyond the record itself (links without a foreign
     * key, facts folded in from expanded records): {@code {recordGraph}/expansion}. It belongs to the record graph:
     * sync leaves it when it replaces the record graph and drops it with the record when the record is deleted.
     */
    public static Node expansionGraph(Node recordGraph) {
        return checked(recordGraph.getURI() + EXPANSION);
    }

    public Node ontologyGraph() {
        return checked(base + "/graph/ontology");
    }

    public Node gazetteerGraph() {
        return checked(base + "/graph/gazetteer");
    }

    /** The kst- page of a kamerstuk at officielebekendmakingen.nl. */
    public static Node officieleBekendmakingenPage(String kamerstukId) {
        return checked("https://zoek.officielebekendmakingen.nl/kst-" + encodeKey(kamerstukId) + ".html");
    }

    /** The public page of a zaak at tweedekamer.nl. */
    public static Node tweedeKamerZaakPage(String zaakNummer) {
        return checked("https://www.tweedekamer.nl/kamerstukken/detail?id=" + encodeKey(requireKey(zaakNummer, ZAAK_NUMMER, "zaak number")));
    }

    /** The download page of a document at tweedekamer.nl. */
    public static Node tweedeKamerDocumentPage(String documentNummer) {
        return checked("https://www.tweedekamer.nl/downloads/document?id=" + encodeKey(requireKey(documentNummer, DOCUMENT_NUMMER, "document number")));
    }

    /** Makes a lowercase ASCII slug: 'D.S. Beljaarts' becomes 'd-s-beljaarts'. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Cannot make an IRI key from '" + text + "': it has no letters or digits");
        }
        return slug;
    }

    private Node thing(String type, String key) {
        return checked(base + "/id/" + type + "/" + encodeKey(key));
    }

    private static String requireKey(String key, Pattern pattern, String what) {
        if (key == null || !pattern.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a valid " + what + ": '" + key + "'");
        }
        return key;
    }

    /** Percent-encodes everything outside the unreserved set, so any key yields a valid IRI path segment. */
    static String encodeKey(String key) {
        StringBuilder sb = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                  .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /** Every IRI minted or taken from data passes here: an invalid one is refused, never written. */
    public static Node checked(String iri) {
        if (CheckedPrefixes.covers(iri)) return NodeFactory.createURI(iri);
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute()) {
                throw new IllegalArgumentException("Not an absolute IRI: '" + iri + "'");
            }
        } catch (IRIException e) {
            throw new IllegalArgumentException("Not a valid IRI: '" + iri + "': " + e.getMessage(), e);
        }
        CheckedPrefixes.remember(iri);
        return NodeFactory.createURI(iri);
    }
}
