package nl.kamergraaf.mapper.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds motions and amendments named by their submitters together with their kamerstuk:
 * "Motie kamerleden Zeedijk en Dassen, Kamerstuk 36 600 XIII, nr. 29", "de motie van de leden X en Y (Kamerstuk …)",
 * "het amendement van het lid X (…)", "de motie-Ceder (Kamerstuk 21 501-02, nr. 2948)", "motie Hirsch/Kamminga (…)",
 * and the title form "de motie van het lid X over &lt;subject&gt; (Kamerstuk …)".
 * <p>
 * A name list with no kamerstuk right after it is not a motion reference: without the number there is nothing certain
 * to link to. A kamerstuk after "t.v.v." is the motion being replaced, not this one, and a subject clause that itself
 * names another motion or kamerstuk breaks the link, so the submitters are never put on the wrong kamerstuk.
 */
public final class MotionReferenceParser {
    private static final Pattern MOTION = Pattern.compile(
            "(?<![\\p{L}])([Mm]otie|[Aa]mendement|MOTIE|AMENDEMENT)(?:\\s*-\\s*|\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?"
            + "(?:[Kk]amer)?(?:leden|lid)?\\s*)(" + MemberNames.LIST + ")");
    /** Directly after the names: ", Kamerstuk …", " (Kamerstuk …", " (36600-…". */
    private static final Pattern DIRECT_GAP = Pattern.compile("\\s*[,(]?\\s*(?:[Kk]amerstuk(?:ken)?\\s+)?");
    /** The title form: " over … (" with the kamerstuk in the last parentheses. */
    private static final Pattern SUBJECT_GAP = Pattern.compile("\\s+over\\s[^()]*\\(\\s*(?:bijlage bij\\s+)?(?:[Kk]amerstuk\\s+)?");
    private static final Pattern OTHER_REFERENCE = Pattern.compile("(?i)\\b(?:motie|amendement|t\\.v\\.v|nr\\.)");
    private static final int MAX_SUBJECT = 400;

    private final KamerstukCitationParser citations = new KamerstukCitationParser();

    public List<MotionReference> parse(String original) {
        String text = Spaces.normalise(original);
        List<MotionReference> out = new ArrayList<>();
        List<KamerstukReference> refs = citations.parse(text);
        Matcher m = MOTION.matcher(text);
        while (m.find()) {
            for (KamerstukReference ref : refs) {
                if (ref.start() < m.end()) continue;
                String gap = text.substring(m.end(), ref.start());
                String rule;
                if (DIRECT_GAP.matcher(gap).matches()) {
                    rule = "direct";
                } else if (gap.length() <= MAX_SUBJECT && SUBJECT_GAP.matcher(gap).matches()
                        && !OTHER_REFERENCE.matcher(gap).find()) {
                    rule = "title";
                } else {
                    break;
                }
                String soort = m.group(1).toLowerCase(Locale.ROOT);
                out.add(new MotionReference(soort, MemberNames.split(m.group(2)), ref, text.substring(m.start(), ref.end()),
                        m.start(), ref.end(), soort + "-van-leden-" + rule));
                break;
            }
        }
        return out;
    }
}
