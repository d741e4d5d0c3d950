package nl.kamergraaf.mapper.record;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * Checks the values of a record against the Edm types its entity type declares in $metadata, so that a wrong type
 * in a field (a number where a date belongs, text where a boolean belongs) is reported instead of mapped into a wrong
 * literal. Nested expansions are checked where they are mapped, against their own entity type.
 */
public final class EdmValueChecker {
    private EdmValueChecker() {}

    public static void check(ODataMetadata.EntityType type, ObjectNode record) throws RecordFormatException {
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.contains("@") || value.isNull()) continue; // annotations such as @odata.etag; absent values
            var edm = type.propertyType(name);
            if (edm.isPresent()) {
                String problem = problem(edm.get(), value);
                if (problem != null) throw new RecordFormatException(name, problem);
                continue;
            }
            var nav = type.navigation(name);
            if (nav.isPresent()) {
                boolean ok = nav.get().collection() ? value.isArray() : value.isObject();
                if (!ok) {
                    throw new RecordFormatException(name, "expected " + (nav.get().collection() ? "an array of " : "one ")
                            + nav.get().targetType() + " record(s), found " + describe(value));
                }
            }
            // Other fields are not in $metadata (a newer API version): they are left out, not guessed at.
        }
    }

    private static String problem(String edmType, JsonNode v) {
        return switch (edmType) {
            case "Edm.String" -> v.isTextual() ? null : expected("text", v);
            case "Edm.Guid" -> v.isTextual() && UriMinter.isGuid(v.asText()) ? null : expected("a GUID", v);
            case "Edm.Int16", "Edm.Int32", "Edm.Byte" -> v.isIntegralNumber() && v.canConvertToInt() ? null : expected("a whole number", v);
            case "Edm.Int64" -> v.isIntegralNumber() && v.canConvertToLong() ? null : expected("a whole number", v);
            case "Edm.Decimal", "Edm.Double", "Edm.Single" -> v.isNumber() ? null : expected("a number", v);
            case "Edm.Boolean" -> v.isBoolean() ? null : expected("true or false", v);
            case "Edm.DateTimeOffset" -> v.isTextual() && OffsetDateTimes.isValid(v.asText()) ? null
                    : expected("a date and time with offset (ISO 8601)", v);
            case "Edm.Date" -> v.isTextual() && parses(() -> LocalDate.parse(v.asText())) ? null : expected("a date (yyyy-mm-dd)", v);
            default -> null; // complex and enum types do not occur in the entity types Kamergraaf maps
        };
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String expected(String what, JsonNode v) {
        return "expected " + what + ", found " + describe(v);
    }

    public static String describe(JsonNode v) {
        String text = v.toString();
        if (text.length() > 60) text = text.substring(0, 57) + "...";
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + text;
    }
}
