package nl.kamergraaf.mapper.source.koop;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.body.DocumentBody;
import nl.kamergraaf.mapper.body.KamerstukNumber;
import nl.kamergraaf.mapper.body.Signatures;
import nl.kamergraaf.mapper.xml.HardenedXml;

/**
 * Reads a KOOP {@code officiele-publicatie} XML file of a kamerstuk in one streaming pass: the metadata
 * ({@code <meta name=... content=...>}), the dossier number and title, the stuk number, title and date, and the
 * paragraphs ({@code <al>}) of its text, with footnotes ({@code <noot>}) apart. A DOCTYPE is refused outright, so no
 * entity is ever expanded; text beyond {@code maxChars} characters is refused rather than held in memory.
 */
final class KoopPublicationParser {
    static final String ROOT = "officiele-publicatie";
    private static final Pattern KST_IN_URL = Pattern.compile("(kst-\\d+(?:-[A-Za-z0-9]+)*-\\d+)");

    private final long maxChars;

    KoopPublicationParser(long maxChars) {
        this.maxChars = maxChars;
    }

    KoopPublication parse(InputStream in) throws RecordFormatException {
        State s = new State();
        XMLStreamReader r = null;
        try {
            r = HardenedXml.reader(in);
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new RecordFormatException(null,
                            "a DOCTYPE declaration is refused: DTDs and entities are never processed");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new RecordFormatException(null,
                            "entity reference '&" + r.getLocalName() + ";' refused: entities are never expanded");
                    case XMLStreamConstants.START_ELEMENT -> s.start(r);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> s.text(r.getText());
                    case XMLStreamConstants.END_ELEMENT -> s.end(r.getLocalName());
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber();
            throw new RecordFormatException(null, "malformed XML" + where + ": " + firstLine(e.getMessage()));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that already failed tells nothing new
                }
            }
        }
        return s.result();
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown error";
        String m = message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** What the pass has seen so far; one per file. */
    private final class State {
        private final Deque<String> path = new ArrayDeque<>();
        private final Map<String, String> meta = new LinkedHashMap<>();
        private boolean rootSeen;
        private boolean kamerstukSeen;
        private final StringBuilder dossiernr = new StringBuilder();
        private final StringBuilder suffix = new StringBuilder();
        private final StringBuilder dossierTitel = new StringBuilder();
        private final StringBuilder ondernummer = new StringBuilder();
        private final StringBuilder stukTitel = new StringBuilder();
        private String isodatum;
        private StringBuilder paragraph;
        private StringBuilder footnote;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> footnotes = new ArrayList<>();
        private long chars;

        void start(XMLStreamReader r) throws RecordFormatException {
            String name = r.getLocalName();
            if (path.isEmpty()) {
                if (!ROOT.equals(name)) {
                    throw new RecordFormatException(null, "root element is <" + name + ">, not <" + ROOT + ">");
                }
                rootSeen = true;
            } else if ("meta".equals(name) && inside("metadata")) {
                String key = r.getAttributeValue(null, "name");
                String content = r.getAttributeValue(null, "content");
                if (key != null && content != null && !content.isBlank()) meta.putIfAbsent(key, content.strip());
            } else if (path.size() == 1 && "kamerstuk".equals(name)) {
                kamerstukSeen = true;
            } else if ("datum".equals(name) && inside("stuk") && isodatum == null) {
                isodatum = r.getAttributeValue(null, "isodatum");
            } else if ("noot".equals(name)) {
                footnote = new StringBuilder();
            } else if ("al".equals(name) && inside("stuk") && !inside("noot")) {
                paragraph = new StringBuilder();
            }
            path.push(name);
        }

        void text(String t) throws RecordFormatException {
            if (path.isEmpty()) return;
            String here = path.peek();
            if (inside("dossiernummer")) {
                if ("dossiernr".equals(here)) dossiernr.append(t);
                else if (!"dossiernummer".equals(here)) suffix.append(t).append(' ');
            } else if ("dossier".equals(parentOfTitel())) {
                dossierTitel.append(t);
            } else if ("stuk".equals(parentOfTitel())) {
                stukTitel.append(t);
            } else if ("ondernummer".equals(here) && inside("stuknr")) {
                ondernummer.append(t);
            } else if (footnote != null) {
                if (!"noot.nr".equals(here)) append(footnote, t);
            } else if (paragraph != null && !"li.nr".equals(here)) {
                append(paragraph, t);
            }
        }

        void end(String name) {
            path.pop();
            if ("noot".equals(name) && footnote != null) {
                addNormalised(footnotes, footnote);
                footnote = null;
            } else if ("al".equals(name) && paragraph != null && footnote == null) {
                addNormalised(paragraphs, paragraph);
                paragraph = null;
            }
        }

        private void append(StringBuilder sb, String t) throws RecordFormatException {
            chars += t.length();
            if (chars > maxChars) {
                throw new RecordFormatException(null, "text longer than the limit of " + maxChars + " characters");
            }
            sb.append(t);
        }

        private boolean inside(String element) {
            return path.contains(element);
        }

        /** The element holding the nearest enclosing {@code <titel>}, so that markup inside a title keeps its text. */
        private String parentOfTitel() {
            var it = path.iterator();
            while (it.hasNext()) {
                if ("titel".equals(it.next())) return it.hasNext() ? it.next() : null;
            }
            return null;
        }

        KoopPublication result() throws RecordFormatException {
            if (!rootSeen) throw new RecordFormatException(null, "no <" + ROOT + "> element");
            if (!kamerstukSeen) {
                throw new RecordFormatException(null, "not a kamerstuk publication: <" + ROOT + "> has no <kamerstuk>");
            }
            Optional<KamerstukNumber> printed = printedNumber();
            String identifier = identifier().orElse(null);
            Optional<KamerstukNumber> number = printed.isPresent() ? printed : KamerstukNumber.fromKstIdentifier(identifier);
            if (number.isEmpty()) {
                throw new RecordFormatException("dossiernummer", "no kamerstuk number: neither <dossiernr> with "
                        + "<ondernummer> nor a kst- identifier in the metadata");
            }
            if (identifier == null) identifier = number.get().kstIdentifier();

            Signatures.Split split = Signatures.split(paragraphs);
            List<String> names = new ArrayList<>(split.names());
            String metaIndiener = meta.get("OVERHEIDop.indiener");
            // The metadata writes the submitter with initials ("J. Thijssen"), which resolves more surely than "Thijssen".
            if (metaIndiener != null && !names.isEmpty()
                    && metaIndiener.toLowerCase(Locale.ROOT).endsWith(" " + names.get(0).toLowerCase(Locale.ROOT))) {
                names.set(0, metaIndiener);
            } else if (metaIndiener != null && names.isEmpty()) {
                names.add(metaIndiener);
            }
            DocumentBody body = new DocumentBody(number, blankToNull(dossierTitel), blankToNull(stukTitel),
                    date("datum", isodatum), split.text(), footnotes, names);
            return new KoopPublication(identifier, date("DCTERMS.issued", meta.get("DCTERMS.issued")),
                    meta.get("OVERHEIDop.documenttitel"), body);
        }

        private Optional<KamerstukNumber> printedNumber() throws RecordFormatException {
            String nr = dossiernr.toString().strip();
            String volg = ondernummer.toString().strip();
            if (nr.isEmpty() || volg.isEmpty()) return Optional.empty();
            String suffixText = suffix.toString().strip().replaceAll("\\s+", "-");
            try {
                return Optional.of(KamerstukNumber.of(nr, suffixText.isEmpty() ? null : suffixText, Integer.parseInt(volg)));
            } catch (NumberFormatException e) {
                throw new RecordFormatException("ondernummer", "not a number: '" + volg + "'");
            } catch (IllegalArgumentException e) {
                throw new RecordFormatException("dossiernummer", e.getMessage());
            }
        }

        private Optional<String> identifier() {
            String id = meta.get("DC.identifier");
            if (id != null && id.startsWith("kst-")) return Optional.of(id);
            String record = meta.get("OVERHEIDop.externMetadataRecord");
            if (record != null) {
                Matcher m = KST_IN_URL.matcher(record);
                if (m.find()) return Optional.of(m.group(1));
            }
            return Optional.empty();
        }

        private LocalDate date(String field, String iso) throws RecordFormatException {
            if (iso == null || iso.isBlank()) return null;
            try {
                return LocalDate.parse(iso.strip());
            } catch (DateTimeParseException e) {
                throw new RecordFormatException(field, "not an ISO date: '" + iso + "'");
            }
        }
    }

    private static void addNormalised(List<String> to, StringBuilder sb) {
        String s = sb.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
        if (!s.isEmpty()) to.add(s);
    }

    private static String blankToNull(StringBuilder sb) {
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }
}
