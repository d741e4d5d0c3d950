package nl.kamergraaf.mapper.source.mirror;

import nl.kamergraaf.mapper.text.DutchDates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.source.mirror.MirrorPage.Footnote;
import nl.kamergraaf.mapper.source.mirror.MirrorPage.HeadingDossier;
import nl.kamergraaf.mapper.source.mirror.MirrorPage.KamerstukNumber;
import nl.kamergraaf.mapper.source.mirror.MirrorPage.Letter;

/**
 * Reads the text of a mirror page: navigation lines, then the subject, title and document type, the
 * "Nummer: …, datum: …, bijgewerkt: …, versie: …" line, the dossier and zaak lines, and after "Preview document"
 * the letter. A page without a Nummer or with an unparsable date is refused with the field at fault.
 */
public final class MirrorPageParser {
    private static final Pattern HEADER_FIELD = Pattern.compile("(Nummer|datum|bijgewerkt|versie):\\s*([^,]+)");
    private static final Pattern DOSSIER_LINE = Pattern.compile(
            "Onderdeel van kamerstukdossier\\s+(\\d+(?:-[A-Z0-9]+)*)\\s*-\\s*(\\d+)\\s*(.*?)\\.?\\s*$");
    private static final Pattern ZAAK_LINE = Pattern.compile("Onderdeel van zaak\\s+(\\d{4}Z\\d{5})");
    private static final Pattern HEADING_DOSSIER = Pattern.compile("^(\\d{4,6}(?:-[A-Z0-9]+)*)\\s+(\\S.*)$");
    private static final Pattern NR_LINE = Pattern.compile("^Nr\\.\\s*\\d+\\b.*");
    private static final Pattern PLACE_DATE = Pattern.compile("^([\\p{L} .'-]+),\\s*(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})\\s*$");
    private static final Pattern SIGNATORY_FUNCTION = Pattern.compile(
            "^(De|Het)\\s+(minister|staatssecretaris|minister-president|Minister|Staatssecretaris|voorzitter|Voorzitter)\\b.*,\\s*$");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*(\\d{1,3})\\.\\s+(.+?)\\s*(?:↩\\uFE0E?)?\\s*$");
    private static final String PREVIEW_MARKER = "Preview document";

    /** Parses one page; {@code text} is the whole file. */
    public MirrorPage parse(String text) throws RecordFormatException {
        if (text == null || text.isBlank()) {
            throw new RecordFormatException(null, "empty file: no page header to read");
        }
        List<String> lines = text.lines().toList();
        int previewAt = indexOf(lines, PREVIEW_MARKER);
        List<String> header = previewAt < 0 ? lines : lines.subList(0, previewAt);
        List<String> body = previewAt < 0 ? List.of() : lines.subList(previewAt + 1, lines.size());

        Map<String, String> fields = headerFields(header);
        String nummer = fields.get("Nummer");
        if (nummer == null) {
            throw new RecordFormatException("Nummer", "the page header has no 'Nummer:' field");
        }
        nummer = nummer.trim();
        if (!nummer.matches("\\d{4}D\\d{5}")) {
            throw new RecordFormatException("Nummer", "'" + nummer + "' is not a document number like 2024D50227");
        }
        String datumText = fields.get("datum");
        if (datumText == null) {
            throw new RecordFormatException("datum", "the page header has no 'datum:' field");
        }
        LocalDate datum;
        try {
            datum = DutchDates.isoDate(datumText);
        } catch (DateTimeParseException e) {
            throw new RecordFormatException("datum", "'" + datumText.trim() + "' is not a date like 2024-12-16");
        }
        Optional<OffsetDateTime> bijgewerkt = Optional.empty();
        if (fields.containsKey("bijgewerkt")) {
            try {
                bijgewerkt = Optional.of(DutchDates.pageTimestamp(fields.get("bijgewerkt")));
            } catch (DateTimeParseException e) {
                throw new RecordFormatException("bijgewerkt",
                        "'" + fields.get("bijgewerkt").trim() + "' is not a time like 2024-12-17 12:08");
            }
        }
        Optional<Integer> versie = Optional.empty();
        if (fields.containsKey("versie")) {
            try {
                versie = Optional.of(Integer.parseInt(fields.get("versie").trim()));
            } catch (NumberFormatException e) {
                throw new RecordFormatException("versie", "'" + fields.get("versie").trim() + "' is not a whole number");
            }
        }

        List<String> titleLines = titleLines(header);
        String onderwerp = titleLines.size() > 0 ? titleLines.get(0) : null;
        String titel = titleLines.size() > 1 ? titleLines.get(1) : null;
        String soort = titleLines.size() > 2 ? titleLines.get(2) : null;
        if (onderwerp == null) {
            throw new RecordFormatException("onderwerp", "the page has no subject line above the 'Nummer:' line");
        }

        Optional<KamerstukNumber> kamerstuk = Optional.empty();
        Optional<String> zaak = Optional.empty();
        for (String line : header) {
            Matcher d = DOSSIER_LINE.matcher(line.trim());
            if (d.matches()) {
                kamerstuk = Optional.of(new KamerstukNumber(d.group(1), Integer.parseInt(d.group(2)), emptyToNull(d.group(3))));
            }
            Matcher z = ZAAK_LINE.matcher(line);
            if (z.find()) zaak = Optional.of(z.group(1));
        }
        return new MirrorPage(nummer, onderwerp, titel, soort, datum, bijgewerkt, versie, kamerstuk, zaak, letter(body));
    }

    private static Map<String, String> headerFields(List<String> header) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : header) {
            if (!line.contains("Nummer:")) continue;
            Matcher m = HEADER_FIELD.matcher(line);
            while (m.find()) fields.putIfAbsent(m.group(1), m.group(2));
        }
        return fields;
    }

    /** The non-empty lines between the site navigation and the "Nummer:" line: subject, title, document type. */
    private static List<String> titleLines(List<String> header) {
        List<String> out = new ArrayList<>();
        for (String raw : header) {
            String line = raw.trim();
            if (line.contains("Nummer:")) break;
            if (line.isEmpty() || line.startsWith("[")) continue;
            out.add(line);
        }
        return out;
    }

    private static Letter letter(List<String> body) {
        List<HeadingDossier> dossiers = new ArrayList<>();
        Optional<String> nrLine = Optional.empty();
        Optional<String> addressee = Optional.empty();
        Optional<String> place = Optional.empty();
        Optional<LocalDate> letterDate = Optional.empty();
        List<String> paragraphs = new ArrayList<>();
        Optional<String> function = Optional.empty();
        Optional<String> signatory = Optional.empty();
        List<Footnote> footnotes = new ArrayList<>();

        boolean inText = false;
        boolean afterSignature = false;
        for (String raw : body) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            Matcher fn = FOOTNOTE.matcher(raw);
            if (afterSignature && signatory.isPresent() && fn.matches()) {
                footnotes.add(new Footnote(Integer.parseInt(fn.group(1)), fn.group(2).replace("↩︎", "").strip()));
                continue;
            }
            if (!inText) {
                Matcher hd = HEADING_DOSSIER.matcher(line);
                Matcher pd = PLACE_DATE.matcher(line);
                if (nrLine.isEmpty() && hd.matches()) {
                    dossiers.add(new HeadingDossier(hd.group(1), hd.group(2).strip()));
                } else if (NR_LINE.matcher(line).matches()) {
                    nrLine = Optional.of(line);
                } else if (line.startsWith("Aan ")) {
                    addressee = Optional.of(line.substring(4).strip());
                } else if (pd.matches()) {
                    place = Optional.of(pd.group(1).strip());
                    letterDate = DutchDates.written(pd.group(2));
                    inText = true;
                } else {
                    inText = true;
                    paragraphs.add(line);
                }
                continue;
            }
            if (afterSignature) {
                if (signatory.isEmpty()) signatory = Optional.of(line);
                continue;
            }
            if (SIGNATORY_FUNCTION.matcher(line).matches()) {
                function = Optional.of(line.substring(0, line.length() - 1).strip());
                afterSignature = true;
                continue;
            }
            paragraphs.add(line);
        }
        return new Letter(List.copyOf(dossiers), nrLine, addressee, place, letterDate, List.copyOf(paragraphs),
                function, signatory, List.copyOf(footnotes));
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(prefix)) return i;
        }
        return -1;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
