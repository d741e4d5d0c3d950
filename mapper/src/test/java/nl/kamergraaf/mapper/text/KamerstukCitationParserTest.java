package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KamerstukCitationParserTest {
    private final KamerstukCitationParser parser = new KamerstukCitationParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "(Motie kamerleden Zeedijk en Dassen, Kamerstuk 36 600 XIII, nr. 29). | 36600-XIII-29",
        "Kamerstuk 33 009, nr. 138                                             | 33009-138",
        "zie kst-36600-XIII-29 en verder                                       | 36600-XIII-29",
        "Kamerstukken II 2023/24, 21 501-02, nr. 2831                          | 21501-02-2831",
        "zoals eerder gemeld (33 009, nr. 138)                                 | 33009-138",
    })
    void resolvesAWrittenReferenceToItsKamerstukId(String text, String expected) {
        List<KamerstukReference> refs = parser.parse(text.strip());
        assertEquals(List.of(expected), refs.stream().map(KamerstukReference::kamerstukId).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Den Haag, 16 december 2024",
        "de begroting voor 2025, nr. van de lijst ontbreekt",
        "in Q1 2025 een Semicon-top",
    })
    void findsNothingInTextWithoutAReference(String text) {
        assertEquals(List.of(), parser.parse(text));
    }
}
