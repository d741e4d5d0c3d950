package nl.kamergraaf.mapper.source.office;

import java.time.LocalDate;
import nl.kamergraaf.mapper.text.DutchDates;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kamergraaf.mapper.body.DocumentBody;
import nl.kamergraaf.mapper.body.KamerstukNumber;
import nl.kamergraaf.mapper.body.Signatures;

/**
 * Reads the printed heading of a kamerstuk from the paragraphs of its Word file: the dossier number ("36 682",
 * "21 501-30", "36 600 XIII"), the dossier title on the next line, "Nr. 10", the title of the stuk and the date
 * ("Voorgesteld 22 april 2025"). What follows the heading is the running text; a file without such a heading is all
 * running text.
 */
final class KamerstukHeading {
    /** Five-digit dossier numbers with their thousands space; the suffix is a budget chapter or council number. */
    private static final String DOSSIER = "(\\d{2}[ \\u00a0]?\\d{3})(?:[ \\u00a0-]+([IVXLC]+|[A-Z]|\\d{1,3}))?";
    private static final Pattern DOSSIER_LINE = Pattern.compile("^" + DOSSIER + "$");
    private static final Pattern DOSSIER_AND_NR = Pattern.compile("^" + DOSSIER + "\\s+Nr\\.?\\s*(\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NR_LINE = Pattern.compile("^Nr\\.?\\s*(\\d+)$", Pattern.CASE_INSENSITIVE);
    /** The heading is at the top; a dossier number further down is text, not heading. */
    private static final int HEADING_LINES = 30;

    private KamerstukHeading() {}

    static DocumentBody parse(WordText text) {
        List<String> ps = text.paragraphs();
        String printedDossier = null, suffix = null, dossierTitel = null, titel = null;
        Integer nr = null;
        LocalDate datum = null;
        int bodyStart = 0;
        int limit = Math.min(ps.size(), HEADING_LINES);
        for (int i = 0; i < limit; i++) {
            String p = ps.get(i);
            Matcher both = DOSSIER_AND_NR.matcher(p);
            Matcher dossier = DOSSIER_LINE.matcher(p);
            Matcher nrLine = NR_LINE.matcher(p);
            if (printedDossier == null && both.matches()) {
                printedDossier = both.group(1);
                suffix = both.group(2);
                nr = Integer.valueOf(both.group(3));
                titel = next(ps, i);
                bodyStart = i + 2;
            } else if (printedDossier == null && dossier.matches()) {
                printedDossier = dossier.group(1);
                suffix = dossier.group(2);
                String following = next(ps, i);
                if (following != null && !NR_LINE.matcher(following).matches()) dossierTitel = following;
                bodyStart = i + 1;
            } else if (printedDossier != null && nr == null && nrLine.matches()) {
                nr = Integer.valueOf(nrLine.group(1));
                titel = next(ps, i);
                bodyStart = i + 2;
            } else if (nr != null && datum == null && p.toLowerCase(Locale.ROOT).startsWith("voorgesteld")) {
                datum = DutchDates.written(p).orElse(null);
                bodyStart = i + 1;
                break;
            }
        }
        Optional<KamerstukNumber> number = Optional.empty();
        if (printedDossier != null && nr != null) {
            number = Optional.of(KamerstukNumber.of(printedDossier, suffix, nr));
        } else {
            bodyStart = 0;
            titel = null;
            dossierTitel = null;
        }
        Signatures.Split split = Signatures.split(ps.subList(Math.min(bodyStart, ps.size()), ps.size()));
        return new DocumentBody(number, dossierTitel, titel, datum, split.text(), text.footnotes(), split.names());
    }

    private static String next(List<String> ps, int i) {
        return i + 1 < ps.size() ? ps.get(i + 1) : null;
    }

}
