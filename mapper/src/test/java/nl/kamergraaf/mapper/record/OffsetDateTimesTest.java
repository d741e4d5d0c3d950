package nl.kamergraaf.mapper.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The hand-written date-time check agrees with OffsetDateTime.parse on every text, and takes the API's shapes itself. */
class OffsetDateTimesTest {
    @Test
    void theApisShapesAreTakenWithoutTheFormatter() {
        for (String s : List.of("2024-12-19T10:00:00+01:00", "2024-12-19T09:00:01.1234567Z", "2025-06-12T12:55:28.783+02:00",
                "2008-01-01T00:00:00Z", "2013-12-12T00:00:00-05:30", "2024-02-29T10:00:00+01:00", "2000-02-29T10:00:00Z",
                "2024-12-31T23:59:59.9999999Z")) {
            assertTrue(OffsetDateTimes.isCommonShape(s), s);
            assertTrue(OffsetDateTimes.isValid(s), s);
        }
    }

    @Test
    void agreesWithOffsetDateTimeParseOnEdgeCasesAndBrokenText() {
        for (String s : List.of("2024-02-29T10:00:00+01:00", "2023-02-29T10:00:00+01:00", "1900-02-29T10:00:00Z", "2000-02-30T10:00:00Z", "2024-04-31T10:00:00Z", "2024-13-01T10:00:00Z",
                "2024-12-19T24:00:00Z", "2024-12-19T10:60:00Z", "2024-12-19T10:00:60Z", "2024-12-19T10:00Z", "2024-12-19T10:00:00",
                "2024-12-19 10:00:00Z", "2024-12-19T10:00:00.Z", "2024-12-19T10:00:00.1234567890Z", "2024-12-19T10:00:00+1:00",
                "2024-12-19T10:00:00+18:00", "2024-12-19T10:00:00+19:00", "2024-12-19T10:00:00z", "ja", "", "2024-12-19T10:00:00+01:00:30",
                "+12024-12-19T10:00:00Z", "2024-00-10T10:00:00Z", "2024-12-00T10:00:00Z", "２０２４-12-19T10:00:00Z")) {
            assertEquals(parses(s), OffsetDateTimes.isValid(s), s);
        }
    }

    @Test
    void agreesWithOffsetDateTimeParseOnRandomDates() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            String s = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", r.nextInt(2100), r.nextInt(14), r.nextInt(33), r.nextInt(26),
                    r.nextInt(62), r.nextInt(62), r.nextBoolean() ? "." + r.nextInt(10_000_000) : "",
                    r.nextBoolean() ? "Z" : String.format("%s%02d:%02d", r.nextBoolean() ? "+" : "-", r.nextInt(20), r.nextInt(61)));
            assertEquals(parses(s), OffsetDateTimes.isValid(s), s);
        }
    }

    private static boolean parses(String s) {
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
