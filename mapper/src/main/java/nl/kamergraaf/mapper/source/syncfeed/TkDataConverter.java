package nl.kamergraaf.mapper.source.syncfeed;

import nl.kamergraaf.mapper.record.ODataMetadata;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.RecordFormatException;

/**
 * Turns one SyncFeed entity ({@code <zaak id="…" tk:verwijderd="false" tk:bijgewerkt="…">} in namespace
 * {@value #TK_NS}) into the record the OData API gives for it, so that one record mapper serves both APIs:
 * <ul>
 *   <li>camelCase elements become the PascalCase OData properties, typed as the {@code $metadata} says
 *       ({@code <volgnummer>447</volgnummer>} → {@code "Volgnummer": 447}); {@code xsi:nil} becomes {@code null};</li>
 *   <li>a reference {@code <zaak ref="guid"/>} becomes the foreign key {@code Zaak_Id} where the entity type has one,
 *       and otherwise an entry {@code {"Id": guid}} of the navigation collection ({@code "Kamerstukdossier": [...]}),
 *       the shape {@code $expand=Kamerstukdossier($select=Id)} gives;</li>
 *   <li>{@code id} → {@code Id}, {@code tk:verwijderd} → {@code Verwijderd}, {@code tk:bijgewerkt} →
 *       {@code GewijzigdOp}, {@code tk:contentType}/{@code tk:contentLength} → {@code ContentType}/{@code ContentLength};
 *       the Atom entry's {@code updated} → {@code ApiGewijzigdOp} (the time the API recorded the change).</li>
 * </ul>
 * Text is kept exactly as sent (no trimming), as the OData API sends it.
 */
public final class TkDataConverter {
    public static final String TK_NS = "http://www.tweedekamer.nl/xsd/tkData/v1-0";
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ODataMetadata metadata;

    public TkDataConverter(ODataMetadata metadata) {
        this.metadata = metadata;
    }

    /** A converted entity: its OData entity type and record. */
    public record Converted(String entityType, ObjectNode record) {}

    /**
     * Reads the entity element the reader stands on (START_ELEMENT) up to and including its end tag.
     *
     * @param apiModified the Atom entry's {@code updated}, or null
     */
    public Converted convert(XMLStreamReader r, String apiModified) throws XMLStreamException, RecordFormatException {
        String element = r.getLocalName();
        ODataMetadata.EntityType type = metadata.entityTypeIgnoringCase(element).orElse(null);
        if (type == null) {
            skipElement(r);
            throw new RecordFormatException(null, "unknown entity type <" + element + ">: not in the OData $metadata");
        }
        ObjectNode record = JSON.objectNode();
        String id = attribute(r, "id");
        if (id == null || !GUID.matcher(id).matches()) {
            skipElement(r);
            throw new RecordFormatException("id", id == null ? "missing id: the <" + element + "> entity has no id attribute"
                    : "the entity's id is not a GUID: '" + id + "'");
        }
        record.put("Id", id);
        String verwijderd = attribute(r, "verwijderd");
        boolean deleted = "true".equals(verwijderd) || "1".equals(verwijderd);
        String bijgewerkt = attribute(r, "bijgewerkt");
        String contentType = attribute(r, "contentType");
        String contentLength = attribute(r, "contentLength");
        if (contentType != null) record.put("ContentType", contentType);
        if (contentLength != null) put(record, type, "ContentLength", contentLength);
        String problem = null;
        String problemField = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String child = r.getLocalName();
            String ref = r.getAttributeValue(null, "ref");
            boolean nil = "true".equals(r.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil"));
            if (ref != null) {
                skipElement(r);
                if (!GUID.matcher(ref).matches()) {
                    if (problem == null) { problem = "reference is not a GUID: '" + ref + "'"; problemField = child; }
                    continue;
                }
                reference(record, type, child, ref);
            } else if (nil) {
                skipElement(r);
                record.putNull(propertyName(type, child));
            } else {
                String text = text(r);
                String property = propertyName(type, child);
                try {
                    put(record, type, property, text);
                } catch (RecordFormatException e) {
                    if (problem == null) { problem = e.getMessage(); problemField = property; }
                }
            }
        }
        if (problem != null) throw new RecordFormatException(problemField, problem);
        record.put("GewijzigdOp", bijgewerkt);
        if (apiModified != null) record.put("ApiGewijzigdOp", apiModified);
        record.put("Verwijderd", deleted);
        return new Converted(type.name(), record);
    }

    private static String attribute(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(TK_NS, name);
        return v != null ? v : r.getAttributeValue(null, name);
    }

    private static String propertyName(ODataMetadata.EntityType type, String element) {
        return type.property(element).orElseGet(() -> Character.toUpperCase(element.charAt(0)) + element.substring(1));
    }

    /** A foreign key where the type has one ({@code Zaak_Id}, or {@code PersoonId} on PersoonNevenfunctie), else a navigation entry. */
    private static void reference(ObjectNode record, ODataMetadata.EntityType type, String element, String ref) {
        var fk = type.property(element + "_Id").or(() -> type.property(element + "Id"));
        if (fk.isPresent()) {
            record.put(fk.get(), ref);
            return;
        }
        String nav = type.navigationProperty(element).orElseGet(() -> Character.toUpperCase(element.charAt(0)) + element.substring(1));
        ArrayNode list = record.has(nav) && record.get(nav).isArray() ? (ArrayNode) record.get(nav) : record.putArray(nav);
        list.addObject().put("Id", ref);
    }

    private static void put(ObjectNode record, ODataMetadata.EntityType type, String property, String text) throws RecordFormatException {
        String edm = type.typeOf(property);
        try {
            switch (edm == null ? "Edm.String" : edm) {
                case "Edm.Int16", "Edm.Int32", "Edm.Int64", "Edm.Byte" -> record.put(property, Long.parseLong(text.strip()));
                case "Edm.Boolean" -> record.put(property, parseBoolean(text.strip()));
                case "Edm.Decimal", "Edm.Double", "Edm.Single" -> record.put(property, new BigDecimal(text.strip()));
                default -> record.put(property, text);
            }
        } catch (IllegalArgumentException e) {
            throw new RecordFormatException(property, "not a valid " + edm + ": '" + text + "'");
        }
    }

    private static boolean parseBoolean(String s) {
        return switch (s) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException(s);
        };
    }

    /** The text of a simple element; nested elements (annotations) are skipped. Leaves the reader on its end tag. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) sb.append(r.getText());
        }
        return sb.toString();
    }

    /** Skips the element the reader stands on, leaving it on that element's end tag. */
    static void skipElement(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }
}
