package nl.kamergraaf.mapper.record;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the fields of an OData record: absent and null are the same, blank text counts as absent. */
public final class Fields {
    /** A kst- identifier of officielebekendmakingen: kst-{dossier[-toevoeging...]}-{volgnummer}. */
    private static final Pattern KST = Pattern.compile("kst-(\\d+(?:-[A-Za-z0-9]+)*?)-(\\d+)");

    private Fields() {}

    public static String text(JsonNode r, String field) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) return null;
        String s = v.asText();
        return s.isBlank() ? null : s.strip();
    }

    public static boolean isTrue(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v != null && v.isBoolean() && v.booleanValue();
    }

    /** The dossier id of a Kamerstukdossier record: Nummer plus Toevoeging, e.g. 36600-XIII. */
    public static Optional<String> dossierId(JsonNode r) {
        String nummer = text(r, "Nummer");
        if (nummer == null) return Optional.empty();
        String toevoeging = text(r, "Toevoeging");
        return Optional.of(toevoeging == null ? nummer : nummer + "-" + toevoeging.replaceAll("\\s+", ""));
    }

    /** A kamerstuk from a kst- identifier: dossier id and volgnummer. */
    public record KamerstukId(String dossierId, int volgnummer) {
        public String id() {
            return dossierId + "-" + volgnummer;
        }
    }

    public static Optional<KamerstukId> kst(String identifier) {
        if (identifier == null) return Optional.empty();
        Matcher m = KST.matcher(identifier.strip());
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(new KamerstukId(m.group(1), Integer.parseInt(m.group(2))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The date part of an Edm.DateTimeOffset as the source wrote it (its local date). */
    public static String datePart(String dateTime) {
        return dateTime == null || dateTime.length() < 10 ? null : dateTime.substring(0, 10);
    }
}
