package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.uri.UriMinter;

class HandelingenCitationParserTest {
    private final HandelingenCitationParser parser = new HandelingenCitationParser();

    private List<String> ids(String text) {
        return parser.parse(text).stream().map(HandelingenReference::identifier).toList();
    }

    @Test
    void aHandelingenItemResolvesToItsOfficialIdentifierAndIri() {
        assertEquals(List.of("h-tk-20232024-35-12"), ids("(Handelingen II 2023/24, nr. 35, item 12)"));
        assertEquals("http://localhost:3030/id/handelingen/h-tk-20232024-35-12",
                UriMinter.defaults().handelingen("h-tk-20232024-35-12").getURI());
    }

    @Test
    void theEersteKamerAndAFullVergaderjaarAreRead() {
        assertEquals(List.of("h-ek-20222023-7"), ids("Handelingen I 2022/2023, nr. 7"));
        assertEquals(List.of("h-tk-20232024-35-12"), ids("Handelingen II 2023-2024, nr. 35, item 12"));
    }

    @Test
    void aVergaderjaarWhoseYearsDoNotFollowIsNotRead() {
        assertEquals(List.of(), ids("Handelingen II 2023/25, nr. 35"));
    }
}
