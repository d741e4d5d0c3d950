package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MotionReferenceParserTest {
    private final MotionReferenceParser parser = new MotionReferenceParser();

    private MotionReference only(String text) {
        List<MotionReference> refs = parser.parse(text);
        assertEquals(1, refs.size(), () -> "expected one motion reference in '" + text + "', got " + refs);
        return refs.get(0);
    }

    @Test
    void findsTheSubmittersAndKamerstukOfANamedMotion() {
        MotionReference m = only("aan de Kamer te rapporten (Motie kamerleden Zeedijk en Dassen, Kamerstuk 36 600 XIII, nr. 29). Middels");
        assertEquals(List.of("Zeedijk", "Dassen"), m.submitterNames());
        assertEquals("36600-XIII-29", m.kamerstuk().kamerstukId());
        assertEquals("motie", m.soort());
    }

    @Test
    void aMotionNamedByItsTitleLinksToTheKamerstukInItsParentheses() {
        MotionReference m = only("Appreciatie van de motie van de leden Bikker en Vedder over waarborgen dat een bouwtechnische "
                + "herbeoordeling altijd uitgevoerd wordt door een ander bureau (Kamerstuk 36600-VII-106)");
        assertEquals(List.of("Bikker", "Vedder"), m.submitterNames());
        assertEquals("36600-VII-106", m.kamerstuk().kamerstukId());
        assertEquals("motie-van-leden-title", m.rule());
    }

    @Test
    void anAmendmentIsReadAsAnAmendment() {
        MotionReference m = only("Appreciatie van de amendement van de leden Beckerman en Bushoff over budget (Kamerstuk 36600-VII-49)");
        assertEquals("amendement", m.soort());
        assertEquals(List.of("Beckerman", "Bushoff"), m.submitterNames());
    }

    @Test
    void aHyphenatedOrSlashedMotionNameIsRead() {
        assertEquals(List.of("Ceder"), only("de uitvoering van de motie-Ceder (Kamerstuk 21 501-02, nr. 2948) en").submitterNames());
        assertEquals(List.of("Hirsch", "Kamminga"),
                only("uitvoering motie Hirsch/Kamminga (Kamerstuk 21501-02, nr. 2973)").submitterNames());
        assertEquals(List.of("Van Campen"), only("vóór de motie-Van Campen c.s. (21501-20-2153) te hebben").submitterNames());
    }

    @Test
    void theKamerstukAModifiedMotionReplacesIsNotTheMotionOfItsSubmitters() {
        assertEquals(List.of(), parser.parse("Gewijzigde motie van de leden Martens-America en Paternotte over het "
                + "ledencriterium loslaten (t.v.v. 36600-VIII-120)"));
        assertEquals(List.of(), parser.parse("Gewijzigde motie Lodders c.s. (t.v.v. 33037, nr. 92) over monitoring"));
    }

    @Test
    void aSubjectThatCitesAnotherMotionBreaksTheLink() {
        assertEquals(List.of(), parser.parse("Motie van het lid Grinwis c.s. over punten voor de januaribrief ter uitvoering van motie 35334, nr. 309"));
    }

    @Test
    void aNameListWithoutAKamerstukIsNoMotionReference() {
        assertEquals(List.of(), parser.parse("hebben de leden Zeedijk en Dassen de regering verzocht"));
        assertEquals(List.of(), parser.parse("de motie van het lid Dassen over chips is aangenomen"));
    }
}
