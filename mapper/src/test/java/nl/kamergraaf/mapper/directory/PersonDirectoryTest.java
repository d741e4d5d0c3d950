package nl.kamergraaf.mapper.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;



/** Name resolution against the real Persoon records in data/tk-opendata (221 persons, four of them "van Dijk"). */
class PersonDirectoryTest {
    private static final PersonDirectory persons = BundledPersons.load();

    @Test
    void theBundledPersonsAreLoaded() {
        assertTrue(persons.size() > 200);
    }

    private static String who(String name) {
        return persons.resolve(name).map(p -> p.roepnaam() + " " + p.displayName()).orElse("—");
    }

    @Test
    void aUniqueSurnameResolvesWithOrWithoutInitials() {
        assertEquals("Femke F.A. Zeedijk", who("Zeedijk"));
        assertEquals("Femke F.A. Zeedijk", who("F.A. Zeedijk"));
        assertEquals("Laurens L.A.J.M. Dassen", who("Dassen"));
    }

    @Test
    void initialsThatDisagreeGiveNoPerson() {
        assertEquals(Optional.empty(), persons.resolve("J. Zeedijk"));
    }

    @Test
    void aSurnameSharedByFourMembersGivesNoLink() {
        assertEquals(Optional.empty(), persons.resolve("Van Dijk"));
    }

    @Test
    void theRoepnaamSinglesOutOneOfTheVanDijks() {
        assertEquals("Inge I. van Dijk", who("Inge van Dijk"));
        assertEquals("Diederik D.J.H. van Dijk", who("Diederik van Dijk"));
    }

    @Test
    void aNameWithoutTussenvoegselIsTheMemberWithoutOne() {
        assertEquals("Jimmy J.P. Dijk", who("Dijk"));
    }

    @Test
    void tussenvoegselsAndDoubleNamesAreMatchedWhole() {
        assertEquals("Caroline C.A.M. van der Plas", who("Van der Plas"));
        assertEquals("Claire C. Martens-America", who("Martens-America"));
        assertEquals("Marjolein M.H.M. Faber-van de Klashorst", who("Faber-van de Klashorst"));
        assertEquals("Mariska M.G.F Rikkers-Oosterkamp", who("M.G.F. Rikkers-Oosterkamp"));
    }

    @Test
    void cosignersAndPartyAreNotPartOfTheName() {
        assertEquals("Don D.G.M. Ceder", who("Ceder c.s."));
        assertEquals("Caroline C.A.M. van der Plas", who("Van der Plas (BBB)"));
    }

    @Test
    void aNameSetInCapitalsResolvesLikeTheSameNameInText() {
        assertEquals("Michiel M. van Nispen", who("VAN NISPEN"));
        assertEquals("Mariska M.G.F Rikkers-Oosterkamp", who("RIKKERS-OOSTERKAMP"));
    }

    @Test
    void aNameNobodyHasGivesNoPerson() {
        assertEquals(Optional.empty(), persons.resolve("Toverkunst"));
    }
}
