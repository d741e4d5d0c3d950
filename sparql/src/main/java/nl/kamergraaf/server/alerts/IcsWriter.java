package nl.kamergraaf.server.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes a feed's dated entries (activities, agenda items, sittings, saved-query rows with a date) as an iCalendar
 * file (RFC 5545): one VEVENT per thing, its newest version (the UID is the thing's IRI, so a calendar updates the
 * event when the activity moves). Text values are escaped (backslash, semicolon, comma, line ends) and lines longer
 * than 75 octets are folded without splitting a UTF-8 character. Times with an offset are written in UTC; times
 * without one are the Tweede Kamer's, Europe/Amsterdam.
 */
public final class IcsWriter {
    public static final String MEDIA_TYPE = "text/calendar";
    private static final ZoneId TWEEDE_KAMER = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private IcsWriter() {}

    public static void write(AlertFeed feed, OutputStream out) throws IOException {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kamergraaf//Alerts//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape(feed.title()));
        Set<String> done = new LinkedHashSet<>();
        for (AlertFeed.Item item : feed.items()) {
            AlertEntry e = item.entry();
            // newest first: the first item of a thing is its current state; a deleted thing's last event is cancelled
            String uid = (e.iri().isEmpty() ? item.id() : e.iri());
            if (!done.add(uid)) continue;
            if (e.kind() == AlertEntry.Kind.DELETED) {
                continue; // its earlier, dated entry (if any) is skipped too: it is no longer on the calendar
            }
            if (!e.dated()) continue;
            String start = dateValue(e.start());
            if (start == null) continue;
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + escape(uid));
            line(ics, "DTSTAMP:" + UTC.format(e.time()));
            line(ics, "DTSTART" + start);
            String end = e.end() == null ? null : dateValue(e.end());
            if (end != null && end.startsWith(";VALUE=DATE") == start.startsWith(";VALUE=DATE")) line(ics, "DTEND" + end);
            line(ics, "SUMMARY:" + escape(e.title()));
            if (e.location() != null) line(ics, "LOCATION:" + escape(e.location()));
            line(ics, "URL:" + item.link());
            line(ics, "DESCRIPTION:" + escape(e.summary()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        out.write(ics.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** ":20240312T090000Z" for a date-time, ";VALUE=DATE:20240312" for a date, null for what is neither. */
    static String dateValue(String lexical) {
        try {
            return ":" + UTC.format(OffsetDateTime.parse(lexical).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return ":" + UTC.format(LocalDateTime.parse(lexical).atZone(TWEEDE_KAMER).toInstant());
            } catch (DateTimeParseException notLocal) {
                try {
                    String day = lexical.length() > 10 ? lexical.substring(0, 10) : lexical; // xsd:date may carry a zone
                    return ";VALUE=DATE:" + DATE.format(LocalDate.parse(day));
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    /** RFC 5545 §3.3.11: TEXT values escape backslash, semicolon and comma, and write line ends as {@code \n}. */
    static String escape(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                    sb.append("\\n");
                }
                default -> sb.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /**
     * RFC 5545 §3.1: a content line longer than 75 octets is split, each further part starting with a space, lines
     * ending in CRLF; a split never falls inside a UTF-8 sequence (nor between a surrogate pair).
     */
    static String fold(String line) {
        StringBuilder sb = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                sb.append("\r\n ");
                octets = 1; // the leading space counts toward the next line's 75
            }
            sb.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        return sb.append("\r\n").toString();
    }

    private static void line(StringBuilder ics, String contentLine) {
        ics.append(fold(contentLine));
    }

}
