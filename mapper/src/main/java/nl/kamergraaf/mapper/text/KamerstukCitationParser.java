package nl.kamergraaf.mapper.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to kamerstukken in Dutch parliamentary text, in the forms documents write them:
 * "Kamerstuk 36 600 XIII, nr. 29", "Kamerstuk 33 009, nr. 138", "kst-36600-XIII-29". The dossier number is
 * written with a space as thousands separator, and the suffix (toevoeging) is a roman numeral or a short code.
 */
public final class KamerstukCitationParser {
    /** "36 600 XIII" or "33 009" or "21 501-02": number with optional thousands space, optional suffix. */
    private static final String DOSSIER = "(\\d{1,3}(?:[ \\u00A0]?\\d{3})+|\\d{4,6})(?:(?:[ \\u00A0]|-)((?:[IVXLC]+|[A-Z]{1,2}|\\d{2})(?![\\p{L}\\d])))?";
    private static final Pattern WRITTEN = Pattern.compile(
            "(?:Kamerstukk?(?:en)?\\s+(?:I{1,2}\\s+)?(?:\\d{4}/\\d{2,4},\\s*)?)?" + DOSSIER + ",\\s*nr\\.?\\s*(\\d+)");
    private static final Pattern KST = Pattern.compile("\\bkst-(\\d+)(?:-([A-Z0-9]+))?-(\\d+)\\b", Pattern.CASE_INSENSITIVE);

    public List<KamerstukReference> parse(String text) {
        List<KamerstukReference> out = new ArrayList<>();
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            String number = m.group(1).replaceAll("[ \\u00A0]", "");
            String suffix = m.group(2);
            String dossier = suffix == null ? number : number + "-" + suffix.toUpperCase(Locale.ROOT);
            String rule = m.group().startsWith("Kamerstuk") ? "kamerstuk-written" : "dossier-nr";
            out.add(new KamerstukReference(dossier, Integer.parseInt(m.group(3)), m.group(), m.start(), m.end(), rule));
        }
        Matcher k = KST.matcher(text);
        while (k.find()) {
            String dossier = k.group(2) == null ? k.group(1) : k.group(1) + "-" + k.group(2).toUpperCase(Locale.ROOT);
            out.add(new KamerstukReference(dossier, Integer.parseInt(k.group(3)), k.group(), k.start(), k.end(), "kst-identifier"));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
