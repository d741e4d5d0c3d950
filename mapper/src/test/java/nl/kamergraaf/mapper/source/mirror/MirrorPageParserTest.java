package nl.kamergraaf.mapper.source.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.RecordFormatException;

class MirrorPageParserTest {
    private final MirrorPageParser parser = new MirrorPageParser();

    private String seed() throws Exception {
        return Files.readString(ProjectFiles.seedPage());
    }

    @Test
    void readsTheHeaderFieldsOfTheSeedPage() throws Exception {
        MirrorPage page = parser.parse(seed());
        assertEquals("2024D50227", page.nummer());
        assertEquals("Voortgang ‘Coalition of the Willing’ ten aanzien van halfgeleiderindustrie", page.onderwerp());
        assertEquals("Innovatiebeleid", page.titel());
        assertEquals("Brief regering", page.documentSoort());
        assertEquals(LocalDate.of(2024, 12, 16), page.datum());
        assertEquals("2024-12-17T12:08+01:00", page.bijgewerkt().orElseThrow().toString());
        assertEquals(2, page.versie().orElseThrow());
        assertEquals("33009-151", page.kamerstuk().orElseThrow().kamerstukId());
        assertEquals("2024Z21275", page.zaakNummer().orElseThrow());
    }

    @Test
    void readsTheLetterPartsOfTheSeedPage() throws Exception {
        MirrorPage.Letter letter = parser.parse(seed()).letter();
        assertEquals(List.of(new MirrorPage.HeadingDossier("33009", "Innovatiebeleid"),
                new MirrorPage.HeadingDossier("32637", "Bedrijfslevenbeleid")), letter.headingDossiers());
        assertEquals("de Voorzitter van de Tweede Kamer der Staten-Generaal", letter.addressee().orElseThrow());
        assertEquals("Den Haag", letter.place().orElseThrow());
        assertEquals(LocalDate.of(2024, 12, 16), letter.letterDate().orElseThrow());
        assertEquals("De minister van Economische Zaken", letter.signatoryFunction().orElseThrow());
        assertEquals("D.S. Beljaarts", letter.signatoryName().orElseThrow());
        assertEquals(List.of(new MirrorPage.Footnote(1, "Kamerstuk 33 009, nr. 138")), letter.footnotes());
        assertTrue(letter.paragraphs().get(0).startsWith("Tijdens de begrotingsbehandeling"));
        assertTrue(letter.paragraphs().stream().noneMatch(p -> p.contains("Beljaarts")), "signature kept out of the text");
    }

    @Test
    void refusesAnEmptyFile() {
        RecordFormatException e = refusal("  \n");
        assertNull(e.field());
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
    }

    @ParameterizedTest(name = "{2}: ''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "'Nummer: 2024D50227, '        | ''                   | Nummer     | NONE",
        "datum: 2024-12-16             | datum: 16-12-2024x   | datum      | 16-12-2024x",
        "bijgewerkt: 2024-12-17 12:08  | bijgewerkt: gisteren | bijgewerkt | gisteren"
    })
    void refusesAPageWithAMissingOrUnparsableHeaderFieldNamingTheFieldAndItsValue(
            String seedText, String brokenText, String field, String value) throws Exception {
        RecordFormatException e = refusal(seed().replace(seedText, brokenText));
        assertEquals(field, e.field());
        if (value != null) assertTrue(e.getMessage().contains(value), e.getMessage());
    }

    private RecordFormatException refusal(String page) {
        return assertThrows(RecordFormatException.class, () -> parser.parse(page));
    }
}
