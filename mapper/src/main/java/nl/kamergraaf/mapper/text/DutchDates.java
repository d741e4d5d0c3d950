package nl.kamergraaf.mapper.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Dutch documents and the mirror pages write them. */
public final class DutchDates {
    /** Times on the pages are Dutch local time; the offset of that day is kept in the xsd:dateTime. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})");
    private static final DateTimeFormatter PAGE_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DutchDates() {}

    public static LocalDate isoDate(String text) throws DateTimeParseException {
        return LocalDate.parse(text.trim());
    }

    public static OffsetDateTime pageTimestamp(String text) throws DateTimeParseException {
        return LocalDateTime.parse(text.trim(), PAGE_TIMESTAMP).atZone(AMSTERDAM).toOffsetDateTime();
    }

    /** "16 december 2024" → 2024-12-16; anything else is empty. */
    public static Optional<LocalDate> written(String text) {
        Matcher m = WRITTEN.matcher(text);
        if (!m.find()) return Optional.empty();
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
