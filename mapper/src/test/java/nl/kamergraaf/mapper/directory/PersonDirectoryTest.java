package nl.kamergraaf.mapper.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name resolution against the real Persoon records in data/tk-opendata (221 persons, four of them "van Dijk"). */
class PersonDirectoryTest {
    private static final PersonDirectory persons = BundledPersons.load();
    private static final String NO_PERSON = "—";

    @Test
    void theBundledPersonsAreLoaded() {
        assertTrue(persons.size() > 200);
    }

    @ParameterizedTest(name = "{0}: ''{1}'' → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        a unique surname resolves with or without initials | Zeedijk                    | Femke F.A. Zeedijk
        a unique surname resolves with or without initials | F.A. Zeedijk               | Femke F.A. Zeedijk
        a unique surname resolves with or without initials | Dassen                     | Laurens L.A.J.M. Dassen
        initials that disagree give no person              | J. Zeedijk                 | —
        a surname shared by four members gives no link     | Van Dijk                   | —
        the roepnaam singles out one of the van Dijks      | Inge van Dijk              | Inge I. van Dijk
        the roepnaam singles out one of the van Dijks      | Diederik van Dijk          | Diederik D.J.H. van Dijk
        a name without tussenvoegsel is the member without one | Dijk                   | Jimmy J.P. Dijk
        tussenvoegsels and double names are matched whole  | Van der Plas               | Caroline C.A.M. van der Plas
        tussenvoegsels and double names are matched whole  | Martens-America            | Claire C. Martens-America
        tussenvoegsels and double names are matched whole  | Faber-van de Klashorst     | Marjolein M.H.M. Faber-van de Klashorst
        tussenvoegsels and double names are matched whole  | M.G.F. Rikkers-Oosterkamp  | Mariska M.G.F Rikkers-Oosterkamp
        cosigners and party are not part of the name       | Ceder c.s.                 | Don D.G.M. Ceder
        cosigners and party are not part of the name       | Van der Plas (BBB)         | Caroline C.A.M. van der Plas
        a name set in capitals resolves like the same name in text | VAN NISPEN         | Michiel M. van Nispen
        a name set in capitals resolves like the same name in text | RIKKERS-OOSTERKAMP | Mariska M.G.F Rikkers-Oosterkamp
        a name nobody has gives no person                  | Toverkunst                 | —
        """)
    void aWrittenNameResolvesToTheOneMemberItCanOnlyMean(String rule, String written, String member) {
        assertEquals(member, persons.resolve(written).map(p -> p.roepnaam() + " " + p.displayName()).orElse(NO_PERSON));
    }
}
