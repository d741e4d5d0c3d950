package nl.kamergraaf.mapper.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcome of the vote a besluit records, as the source states it. BesluitSoort "Stemmen - aangenomen" says it
 * after the dash; a bare "Stemmen" (seen in real records) says only that a vote was taken, and then the BesluitTekst
 * ("Aangenomen.", "Verworpen (49-88).") is the source's statement of the outcome.
 */
final class VoteOutcome {
    private static final String PREFIX = "Stemmen";
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([A-Za-z]+)");

    private VoteOutcome() {}

    /** Whether the besluit records a vote at all (BesluitSoort "Stemmen" or "Stemmen - ..."). */
    static boolean isVote(String besluitSoort) {
        return besluitSoort != null && (besluitSoort.trim().equalsIgnoreCase(PREFIX)
                || besluitSoort.trim().toLowerCase(Locale.ROOT).startsWith("stemmen -"));
    }

    /**
     * An outcome and where it was read: from the BesluitSoort (the source's enumeration, kept even when it is not on
     * the list), or from the first word of the BesluitTekst (free text: only worth a concept when the list has it).
     */
    record Outcome(String value, boolean fromSoort) {}

    /** The outcome ("aangenomen", ...), if the besluit states one. */
    static Optional<Outcome> of(String besluitSoort, String besluitTekst) {
        if (!isVote(besluitSoort)) return Optional.empty();
        String soort = besluitSoort.trim();
        int dash = soort.indexOf('-');
        if (dash > 0) {
            String outcome = soort.substring(dash + 1).trim();
            if (!outcome.isEmpty()) return Optional.of(new Outcome(outcome, true));
        }
        if (besluitTekst == null) return Optional.empty();
        Matcher m = FIRST_WORD.matcher(besluitTekst);
        return m.find() ? Optional.of(new Outcome(m.group(1).toLowerCase(Locale.ROOT), false)) : Optional.empty();
    }
}
