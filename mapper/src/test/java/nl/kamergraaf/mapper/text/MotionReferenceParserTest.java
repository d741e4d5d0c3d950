package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MotionReferenceParserTest {
    private final MotionReferenceParser parser = new MotionReferenceParser();

    @Test
    void findsTheSubmittersAndKamerstukOfANamedMotion() {
        List<MotionReference> refs = parser.parse(
                "aan de Kamer te rapporten (Motie kamerleden Zeedijk en Dassen, Kamerstuk 36 600 XIII, nr. 29). Middels");
        assertEquals(1, refs.size());
        assertEquals(List.of("Zeedijk", "Dassen"), refs.get(0).submitterNames());
        assertEquals("36600-XIII-29", refs.get(0).kamerstuk().kamerstukId());
    }

    @Test
    void aNameListWithoutAKamerstukIsNoMotionReference() {
        assertEquals(List.of(), parser.parse("hebben de leden Zeedijk en Dassen de regering verzocht"));
        assertEquals(List.of(), parser.parse("de motie van het lid Dassen over chips is aangenomen"));
    }
}
