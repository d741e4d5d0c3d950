package nl.kamergraaf.mapper.text;

/**
 * A reference to the Handelingen (the verbatim record of a sitting) found in text: which Kamer ("tk" or "ek"), the
 * vergaderjaar as eight digits (20232024), the number of the sitting, and the item when the text gives one.
 */
public record HandelingenReference(String kamer, String vergaderjaar, int nummer, Integer item, String text, int start,
                                   int end, String rule) {
    /** The identifier officielebekendmakingen.nl uses for this Handelingen part: h-tk-20232024-35-12. */
    public String identifier() {
        return "h-" + kamer + "-" + vergaderjaar + "-" + nummer + (item == null ? "" : "-" + item);
    }
}
