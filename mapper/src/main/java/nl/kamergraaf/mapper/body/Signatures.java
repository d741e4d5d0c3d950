package nl.kamergraaf.mapper.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates the running text of a motion from the names it is signed with. A motion ends with the fixed formula
 * "en gaat over tot de orde van de dag." followed by one paragraph per signatory ("Podt", "Van Nispen",
 * "Diederik van Dijk"); the first is the submitter, the others co-submitters.
 */
public final class Signatures {
    private static final Pattern CLOSING_FORMULA = Pattern.compile("(?iu).*\\bgaat over tot de orde van de dag\\.?\\s*$");
    /** A name: letters, spaces, hyphens, apostrophes and initials' dots; no sentence punctuation, not long. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}.'\\u2019 -]{0,59}");

    /** The running text and the signatory names of a body's paragraphs. */
    public record Split(List<String> text, List<String> names) {}

    private Signatures() {}

    /** Paragraphs after the closing formula that look like names are signatures; without the formula, none are. */
    public static Split split(List<String> paragraphs) {
        int closing = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (CLOSING_FORMULA.matcher(paragraphs.get(i)).matches()) closing = i;
        }
        if (closing < 0) return new Split(List.copyOf(paragraphs), List.of());
        List<String> names = new ArrayList<>();
        List<String> text = new ArrayList<>(paragraphs.subList(0, closing + 1));
        for (String p : paragraphs.subList(closing + 1, paragraphs.size())) {
            String s = p.strip();
            if (NAME.matcher(s).matches()) names.add(s);
            else text.add(p);
        }
        return new Split(text, names);
    }
}
