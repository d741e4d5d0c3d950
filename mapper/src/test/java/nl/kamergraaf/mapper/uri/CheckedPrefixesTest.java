package nl.kamergraaf.mapper.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shortcut for IRIs under an already checked prefix takes nothing the full check would refuse. */
class CheckedPrefixesTest {
    @Test
    void anIriUnderACheckedPrefixWithAnUnreservedRestSkipsTheFullParse() {
        UriMinter.checked("http://example.org/bench-a/id/stemming/0eb179fa-d3f2-4b0e-ba53-b7ad158c247e");
        assertTrue(CheckedPrefixes.covers("http://example.org/bench-a/id/stemming/1c4f-aa_b.c~d"));
        assertFalse(CheckedPrefixes.covers("http://example.org/bench-a/id/besluit/1c4f"), "another prefix is checked in full first");
    }

    @Test
    void invalidIrisUnderACheckedPrefixAreStillRefused() {
        UriMinter.checked("http://example.org/bench-b/id/zaak/2024Z21275");
        for (String bad : new String[] {"http://example.org/bench-b/id/zaak/a b", "http://example.org/bench-b/id/zaak/a<b>",
                "http://example.org/bench-b/id/zaak/%zz", "http://example.org/bench-b/id/zaak/a\"b", "http://example.org/bench-b/id/zaak/{x}"}) {
            assertFalse(CheckedPrefixes.covers(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> UriMinter.checked(bad), bad);
        }
    }

    @Test
    void dotSegmentsEmptyRestsAndAuthoritiesAreNeverCovered() {
        UriMinter.checked("http://example.org/bench-c/x");
        assertEquals(-1, CheckedPrefixes.cut("http://example.org/bench-c/.."));
        assertEquals(-1, CheckedPrefixes.cut("http://example.org/bench-c/"));
        assertEquals(-1, CheckedPrefixes.cut("http://example.org"));
        assertEquals(-1, CheckedPrefixes.cut("urn:uuid:0eb179fa"));
        assertEquals("http://example.org/bench-c/".length(), CheckedPrefixes.cut("http://example.org/bench-c/x"));
    }

    @Test
    void theShortcutGivesTheSameNodeAsTheFullCheck() {
        String iri = "https://w3id.org/kamergraaf/def/stemkeuze/voor";
        assertEquals(UriMinter.checked(iri), UriMinter.checked(iri));
        assertTrue(CheckedPrefixes.covers(iri));
        assertEquals(iri, UriMinter.checked(iri).getURI());
    }
}
