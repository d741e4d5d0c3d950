package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KamerstukCitationParserTest {
    private final KamerstukCitationParser parser = new KamerstukCitationParser();

    private List<String> ids(String text) {
        return parser.parse(text).stream().map(KamerstukReference::kamerstukId).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "(Motie kamerleden Zeedijk en Dassen, Kamerstuk 36 600 XIII, nr. 29). | 36600-XIII-29",
        "Kamerstuk 33 009, nr. 138                                             | 33009-138",
        "zie kst-36600-XIII-29 en verder                                       | 36600-XIII-29",
        "Kamerstukken II 2023/24, 21 501-02, nr. 2831                          | 21501-02-2831",
        "zoals eerder gemeld (33 009, nr. 138)                                 | 33009-138",
        "Gewijzigde motie van het lid Baudet over de tien punten (t.v.v. 36760-18) | 36760-18",
        "aanpassen t.v.v. 36800-IX-13                                          | 36800-IX-13",
        "(Kamerstuk 21501-02-3120)                                             | 21501-02-3120",
        "(33000 IXB, nr. 13)                                                   | 33000-IXB-13",
        "(29248, nr.239)                                                       | 29248-239",
        "Ombudsman voor Toekomstige Generaties (36600-IIB-5)                   | 36600-IIB-5",
    })
    void resolvesAWrittenReferenceToItsKamerstukId(String text, String expected) {
        assertEquals(List.of(expected), ids(text.strip()));
    }

    @Test
    void noBreakSpacesAreSpaces() {
        assertEquals(List.of("36600-XIII-29"), ids("Kamerstuk 36\u00A0600 XIII, nr.\u00A029"));
    }

    @Test
    void aListOfNumbersCitesEachKamerstuk() {
        assertEquals(List.of("36600-XIII-12", "36600-XIII-14"), ids("(Kamerstuk 36 600 XIII, nrs. 12 en 14)"));
        assertEquals(List.of("21501-02-3", "21501-02-5", "21501-02-7"), ids("Kamerstuk 21 501-02, nrs. 3, 5 en 7"));
    }

    @Test
    void aRangeOfNumbersCitesEachKamerstuk() {
        assertEquals(List.of("33009-12", "33009-13", "33009-14"), ids("Kamerstuk 33 009, nrs. 12–14"));
        assertEquals(List.of("33009-12", "33009-13", "33009-14"), ids("Kamerstuk 33 009, nrs. 12 t/m 14"));
    }

    @Test
    void anImplausiblyLongRangeCitesOnlyItsFirstNumber() {
        assertEquals(List.of("33009-1"), ids("Kamerstuk 33 009, nrs. 1–900"));
    }

    @Test
    void everyReferenceNamesTheRuleThatReadIt() {
        assertEquals(List.of("kamerstuk-written", "dossier-nr", "kst-identifier", "hyphenated", "kamerstuk-written-list"),
                parser.parse("Kamerstuk 33 009, nr. 138; (32620, nr. 91); kst-36378-80; (33678-11); Kamerstuk 33 009, nrs. 1 en 2")
                        .stream().map(KamerstukReference::rule).distinct().toList());
    }

    @Test
    void theOwnDossierResolvesANumberThatOnlyGivesNr() {
        assertEquals(List.of("36682-8"),
                parser.parse("Ter vervanging van die gedrukt onder nr. 8", "36682").stream().map(KamerstukReference::kamerstukId).toList());
        assertEquals(List.of(), ids("Ter vervanging van die gedrukt onder nr. 8"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Den Haag, 16 december 2024",
        "de begroting voor 2025, nr. van de lijst ontbreekt",
        "in Q1 2025 een Semicon-top",
        "Staatsblad 2024, nr. 123",
        "Vergaderjaar 2024-2025",
        "Protocol nr. 16 bij het Verdrag (34235-(R2053))",
        "ter uitvoering van Richtlijn nr. 2009/20/EG",
        "de EU-Raad voor Buitenlandse Zaken (21501-02)",
        "VSO Europese Raad (21501-20)",
        "Verslag (Kamerstuk 36725-IX)",
        "36655, bijgewerkt t/m nr. 7",
        "in de periode 10000-12000 euro",
    })
    void findsNothingInTextWithoutAReference(String text) {
        assertEquals(List.of(), parser.parse(text));
    }
}
