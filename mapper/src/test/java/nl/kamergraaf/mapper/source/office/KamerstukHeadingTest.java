package nl.kamergraaf.mapper.source.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.body.DocumentBody;

class KamerstukHeadingTest {
    @Test
    void aBudgetChapterAndNumberOnOneLineGiveTheKamerstuk() {
        DocumentBody b = KamerstukHeading.parse(new WordText(List.of("Tweede Kamer der Staten-Generaal", "2",
                "Vergaderjaar 2023-2024", "36 600 XIII Nr. 29", "MOTIE VAN DE LEDEN ZEEDIJK EN DASSEN",
                "Voorgesteld 16 januari 2024", "De Kamer,", "en gaat over tot de orde van de dag.", "Zeedijk", "Dassen"), List.of()));
        assertEquals("36600-XIII-29", b.kamerstuk().orElseThrow().id());
        assertEquals("MOTIE VAN DE LEDEN ZEEDIJK EN DASSEN", b.titel());
        assertEquals(LocalDate.of(2024, 1, 16), b.datum());
        assertEquals(List.of("De Kamer,", "en gaat over tot de orde van de dag."), b.text());
        assertEquals(List.of("Zeedijk", "Dassen"), b.signatories());
        assertTrue(b.isMotion());
    }

    @Test
    void aCouncilNumberAfterAHyphenIsPartOfTheDossier() {
        DocumentBody b = KamerstukHeading.parse(new WordText(List.of("21 501-30", "Raad voor Concurrentievermogen",
                "Nr. 667", "MOTIE VAN HET LID THIJSSEN", "De Kamer,"), List.of()));
        assertEquals("21501-30-667", b.kamerstuk().orElseThrow().id());
        assertEquals("Raad voor Concurrentievermogen", b.dossierTitel());
    }

    @Test
    void withoutAHeadingEveryParagraphIsRunningText() {
        DocumentBody b = KamerstukHeading.parse(new WordText(List.of("Geachte voorzitter,", "Hierbij 12 345 euro."), List.of()));
        assertTrue(b.kamerstuk().isEmpty());
        assertEquals(List.of("Geachte voorzitter,", "Hierbij 12 345 euro."), b.text());
    }
}
