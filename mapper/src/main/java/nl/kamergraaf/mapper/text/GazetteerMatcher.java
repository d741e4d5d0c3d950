package nl.kamergraaf.mapper.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;

/**
 * Finds gazetteer names in text. A name matches on word boundaries; names of one word must match in case (so
 * "Draghi" the name is not "draghi" in a word), longer names match ignoring case ("Ministerie van Economische
 * zaken"). Overlaps go to the longest name.
 */
public final class GazetteerMatcher {
    /** A name found in text, with its span. */
    public record Match(Node entity, String name, String text, int start, int end) {}

    private final Gazetteer gazetteer;

    public GazetteerMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        String lower = text.toLowerCase(Locale.ROOT);
        for (Gazetteer.Name name : gazetteer.names()) {
            boolean caseSensitive = !name.text().contains(" ");
            String needle = caseSensitive ? name.text() : name.text().toLowerCase(Locale.ROOT);
            String hay = caseSensitive ? text : lower;
            int from = 0;
            while (true) {
                int at = hay.indexOf(needle, from);
                if (at < 0) break;
                int end = at + needle.length();
                if (boundary(text, at - 1) && boundary(text, end) && taken.get(at, end).isEmpty()) {
                    taken.set(at, end);
                    out.add(new Match(name.entity(), name.text(), text.substring(at, end), at, end));
                }
                from = at + 1;
            }
        }
        out.sort(Comparator.comparingInt(Match::start));
        return out;
    }

    /** A hyphen counts as a boundary so that "Draghi-rapport" still holds the name "Draghi-rapport" but not "Draghi". */
    private static boolean boundary(String text, int i) {
        if (i < 0 || i >= text.length()) return true;
        char c = text.charAt(i);
        return !Character.isLetterOrDigit(c) && c != '-';
    }
}
