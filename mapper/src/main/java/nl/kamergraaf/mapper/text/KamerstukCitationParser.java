package nl.kamergraaf.mapper.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to kamerstukken in Dutch parliamentary text, in the forms real documents write them:
 * <ul>
 *   <li>{@code written}: "Kamerstuk 36 600 XIII, nr. 29", "Kamerstukken II 2023/24, 21 501-02, nr. 2831",
 *       "33000 IXB, nr. 13", also with a list or range of numbers: "nrs. 12 en 14", "nrs. 12–14", "nrs. 3, 5 en 7";</li>
 *   <li>{@code dossier-nr}: the same without the word Kamerstuk: "(33 009, nr. 138)", "motie 35334, nr. 309";</li>
 *   <li>{@code kst-identifier}: the publication identifier "kst-36600-XIII-29";</li>
 *   <li>{@code hyphenated}: the Tweede Kamer's own short form "36600-VIII-120", "21501-02-3120", "(33678-11)", accepted
 *       only after "(", "t.v.v.", "Kamerstuk" or a motion/amendment word, because bare number-dash-number is too
 *       often something else (a year span, a date);</li>
 *   <li>{@code eigen-dossier-nr}: "ter vervanging van die gedrukt onder nr. 8", only when the caller knows the dossier of
 *       the text itself.</li>
 * </ul>
 * Precision comes first: a dossier number written without "Kamerstuk" must have five digits (years have four, so
 * "Staatsblad 2024, nr. 12" is no kamerstuk), and a volgnummer never starts with 0 (so "21501-02" alone is the
 * sub-dossier, not kamerstuk 2 of dossier 21501).
 */
public final class KamerstukCitationParser {
    /** The suffix (toevoeging) of a dossier: a roman numeral with an optional letter (XIII, IXB, IIB), a letter code, two digits. */
    private static final String SUFFIX = "(?:[IVXLC]+[A-Z]?|[A-Z]{1,2}|\\d{2})(?![\\p{L}\\d])";
    /** "36 600", "33009", "21 501": a dossier number, with a space or no-break space as thousands separator. */
    private static final String NUMBER = "(\\d{2,3}[ \\u00A0]\\d{3}|\\d{4,6})";
    private static final String NUMBER_LIST = "([1-9]\\d{0,4}(?:\\s*(?:,|en|t/m|–|-)\\s*[1-9]\\d{0,4})*)";
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<![\\p{L}\\d/.-])(Kamerstukk?(?:en)?\\s+(?:I{1,2}\\s+)?(?:\\d{4}[/-]\\d{2,4},?\\s*)?)?"
            + NUMBER + "(?:(?:[ \\u00A0]|-)(" + SUFFIX + "))?,?\\s*(?:nr|nrs|nummers?)\\.?\\s*" + NUMBER_LIST
            + "(?![\\d/])");
    private static final Pattern KST = Pattern.compile(
            "\\bkst-(\\d{4,6}(?:-[A-Z0-9]+)*)-([1-9]\\d{0,4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPHENATED = Pattern.compile(
            "(\\(\\s*|t\\.v\\.v\\.?\\s*|[Kk]amerstuk(?:ken)?\\s+|[Mm]otie\\s+|[Aa]mendement\\s+)"
            + "(\\d{5}((?:-" + SUFFIX + ")*))-([1-9]\\d{0,4})(?![\\p{L}\\d/]|-\\d)");
    /**
     * Dossiers that exist only as a series of sub-dossiers (21501-02 Raad Buitenlandse Zaken, 21501-20 Europese Raad,
     * ...): "21501-20" is the sub-dossier, never kamerstuk 20 of dossier 21501.
     */
    private static final Set<String> SERIES_DOSSIERS = Set.of("21501");
    /** "ter vervanging van die gedrukt onder nr. 8", "ter vervanging van nr. 61": a number in the text's own dossier. */
    private static final Pattern OWN_DOSSIER = Pattern.compile(
            "(?i)(?:ter\\s+vervanging\\s+van(?:\\s+die\\s+gedrukt\\s+onder)?|gedrukt\\s+onder)\\s+nr\\.?\\s*([1-9]\\d{0,4})(?!\\d)");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*(?:,|en)\\s*");
    private static final Pattern RANGE = Pattern.compile("([1-9]\\d*)\\s*(?:t/m|–|-)\\s*([1-9]\\d*)");
    /** A written range longer than this is more likely a misreading than a citation of every number in it. */
    private static final int MAX_RANGE = 25;

    public List<KamerstukReference> parse(String text) {
        return parse(text, null);
    }

    /**
     * As {@link #parse(String)}, and when the dossier of the text itself is known (a motion's or amendment's own
     * dossier, from its heading or metadata), also "ter vervanging van die gedrukt onder nr. 8": a number in that dossier.
     */
    public List<KamerstukReference> parse(String original, String ownDossier) {
        String text = Spaces.normalise(original);
        List<KamerstukReference> out = new ArrayList<>();
        // Each rule reads only text no earlier rule read: kst- identifiers first, then written forms, then the short form.
        BitSet taken = new BitSet(text.length());
        Matcher k = KST.matcher(text);
        while (k.find()) {
            out.add(new KamerstukReference(k.group(1).toUpperCase(Locale.ROOT), Integer.parseInt(k.group(2)), k.group(),
                    k.start(), k.end(), "kst-identifier"));
            taken.set(k.start(), k.end());
        }
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            if (!taken.get(m.start(), m.end()).isEmpty()) continue;
            boolean prefixed = m.group(1) != null;
            String number = m.group(2).replaceAll("[ \\u00A0]", "");
            // Without the word "Kamerstuk", only a five-digit dossier number is taken: four digits are usually a year.
            if (!prefixed && number.length() != 5) continue;
            if (m.group(3) == null && SERIES_DOSSIERS.contains(number)) continue;
            String dossier = m.group(3) == null ? number : number + "-" + m.group(3).toUpperCase(Locale.ROOT);
            List<Integer> numbers = numbers(m.group(4));
            String rule = (prefixed ? "kamerstuk-written" : "dossier-nr") + (numbers.size() > 1 ? "-list" : "");
            for (int nr : numbers) {
                out.add(new KamerstukReference(dossier, nr, m.group(), m.start(), m.end(), rule));
            }
            taken.set(m.start(), m.end());
        }
        Matcher h = HYPHENATED.matcher(text);
        while (h.find()) {
            int start = h.start(2);
            if (!taken.get(start, h.end()).isEmpty()) continue;
            String dossier = h.group(2).toUpperCase(Locale.ROOT);
            if (h.group(3).isEmpty() && SERIES_DOSSIERS.contains(dossier)) continue;
            out.add(new KamerstukReference(dossier, Integer.parseInt(h.group(4)), text.substring(start, h.end()), start,
                    h.end(), "hyphenated"));
            taken.set(start, h.end());
        }
        if (ownDossier != null) {
            Matcher o = OWN_DOSSIER.matcher(text);
            while (o.find()) {
                if (!taken.get(o.start(), o.end()).isEmpty()) continue;
                out.add(new KamerstukReference(ownDossier, Integer.parseInt(o.group(1)), o.group(), o.start(), o.end(),
                        "eigen-dossier-nr"));
            }
        }
        out.sort(Comparator.comparingInt(KamerstukReference::start).thenComparingInt(KamerstukReference::volgnummer));
        return out;
    }

    /** "12 en 14" → 12, 14; "12–14" or "12 t/m 14" → 12, 13, 14; "3, 5 en 7" → 3, 5, 7. */
    static List<Integer> numbers(String list) {
        List<Integer> out = new ArrayList<>();
        for (String part : LIST_SPLIT.split(list.strip())) {
            if (part.isEmpty()) continue;
            Matcher r = RANGE.matcher(part);
            if (r.matches()) {
                int from = Integer.parseInt(r.group(1));
                int to = Integer.parseInt(r.group(2));
                if (to > from && to - from <= MAX_RANGE) {
                    for (int i = from; i <= to; i++) out.add(i);
                } else {
                    // "12-4" or a huge span: not a range we can trust; keep only the number that was certainly meant.
                    out.add(from);
                }
            } else {
                out.add(Integer.parseInt(part));
            }
        }
        return out;
    }
}
