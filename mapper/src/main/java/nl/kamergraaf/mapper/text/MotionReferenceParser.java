package nl.kamergraaf.mapper.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds motions named by their submitters together with their kamerstuk: "Motie kamerleden Zeedijk en Dassen,
 * Kamerstuk 36 600 XIII, nr. 29" or "de motie van de leden X en Y (Kamerstuk …)". A name list with no kamerstuk
 * reference right after it is not a motion reference: without the number there is nothing certain to link to.
 */
public final class MotionReferenceParser {
    private static final String NAME = "(?:[A-Z]\\.(?:[A-Z]\\.)*\\s*)?(?:(?:van|de|der|den|ten|ter|'t|van der|van den)\\s+)?[A-Z][\\p{L}'’-]+";
    private static final Pattern MOTION = Pattern.compile(
            "[Mm]otie\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?(?:[Kk]amer)?(?:leden|lid)\\s+(" + NAME + "(?:\\s*,\\s*" + NAME + ")*(?:\\s+en\\s+" + NAME + ")?)"
            + "\\s*[,(]?\\s*");
    private static final int MAX_GAP = 12;

    private final KamerstukCitationParser citations = new KamerstukCitationParser();

    public List<MotionReference> parse(String text) {
        List<MotionReference> out = new ArrayList<>();
        List<KamerstukReference> refs = citations.parse(text);
        Matcher m = MOTION.matcher(text);
        while (m.find()) {
            for (KamerstukReference ref : refs) {
                if (ref.start() >= m.end() - 1 && ref.start() - m.end() <= MAX_GAP) {
                    List<String> names = Arrays.stream(m.group(1).split("\\s*,\\s*|\\s+en\\s+"))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList();
                    out.add(new MotionReference(names, ref, text.substring(m.start(), ref.end())));
                    break;
                }
            }
        }
        return out;
    }
}
