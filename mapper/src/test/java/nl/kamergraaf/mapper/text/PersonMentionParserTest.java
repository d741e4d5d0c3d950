package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonMentionParserTest {
    private final PersonMentionParser parser = new PersonMentionParser();

    private List<String> names(String text) {
        return parser.parse(text).stream().map(PersonMention::name).toList();
    }

    @Test
    void membersAfterHetLidOrDeLedenAreRead() {
        assertEquals(List.of("Zeedijk", "Dassen"), names("hebben de leden Zeedijk en Dassen de regering verzocht"));
        assertEquals(List.of("Van der Plas"), names("Aangevraagd door het lid Van der Plas (BBB) tijdens de Regeling"));
        assertEquals(List.of("Inge van Dijk", "Dassen"), names("Gewijzigde motie van de leden Inge van Dijk en Dassen over"));
    }

    @Test
    void theNamesInAMotionsHeadingInCapitalsAreRead() {
        assertEquals(List.of("PODT"), names("GEWIJZIGDE MOTIE VAN HET LID PODT C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 3370"));
        assertEquals(List.of("VAN NISPEN"), names("MOTIE VAN HET LID VAN NISPEN "));
        assertEquals(List.of("RIKKERS-OOSTERKAMP"), names("MOTIE VAN HET LID RIKKERS-OOSTERKAMP"));
        assertEquals(List.of("ZEEDIJK", "DASSEN"), names("MOTIE VAN DE LEDEN ZEEDIJK EN DASSEN"));
        assertEquals(List.of("CLAASSEN"), names("GEWIJZIGDE MOTIE VAN HET LID CLAASSEN\tTer vervanging van die gedrukt onder nr. 8"));
    }

    @Test
    void aNameWithInitialsIsRead() {
        assertEquals(List.of("F.A. Zeedijk"), names("zoals F.A. Zeedijk opmerkte"));
    }

    @Test
    void wordsThatMerelyContainLidAreNoMention() {
        assertEquals(List.of(), names("welwillende EU-landen met een sterke positie en de leden van de commissie"));
    }
}
