package nl.kamergraaf.mapper.record;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Whether text is an ISO 8601 date-time with offset, as {@link OffsetDateTime#parse} decides, but without its cost for
 * the shapes the Tweede Kamer API writes ({@code 2024-12-19T10:00:00+01:00}, {@code 2024-12-19T09:00:01.1234567Z}):
 * the benchmarks showed the formatter-based parse of every date field as a tenth of the mapping time. Those shapes
 * are checked by hand, digit by digit and range by range (the day against the length of its month, leap years
 * included); any other text is left to {@link OffsetDateTime#parse}, so the answer is always the same.
 */
final class OffsetDateTimes {
    private OffsetDateTimes() {}

    static boolean isValid(String s) {
        if (isCommonShape(s)) return true;
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:mm) with every field in range. */
    static boolean isCommonShape(String s) {
        int n = s.length();
        if (n < 20) return false;
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') return false;
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) return false;
        int i = 19;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) i++;
            int fraction = i - start;
            if (fraction < 1 || fraction > 9) return false;
        }
        if (i == n - 1) return s.charAt(i) == 'Z';
        if (i != n - 6) return false;
        char sign = s.charAt(i);
        if ((sign != '+' && sign != '-') || s.charAt(i + 3) != ':') return false;
        int offHours = digits(s, i + 1, 2);
        int offMinutes = digits(s, i + 4, 2);
        return offHours >= 0 && offHours <= 17 && offMinutes >= 0 && offMinutes <= 59;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The number written by {@code len} ASCII digits at {@code at}, or -1. */
    private static int digits(String s, int at, int len) {
        int v = 0;
        for (int k = at; k < at + len; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
