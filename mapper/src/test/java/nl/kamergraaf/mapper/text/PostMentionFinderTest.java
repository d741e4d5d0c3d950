package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.ProjectFiles;

class PostMentionFinderTest {
    private final PostMentionFinder finder = new PostMentionFinder(
            Gazetteer.load(ProjectFiles.dataDir().resolve("gazetteer/entiteiten.ttl"), "http://example.org"));

    @Test
    void aMinisterByFunctionIsThePostInTheKnownMinistry() {
        List<PostMention> m = finder.find("Brief van de minister van Economische Zaken Beljaarts over chips");
        assertEquals(1, m.size());
        assertEquals("minister van Economische Zaken", m.get(0).postName());
        assertEquals("https://identifier.overheid.nl/tooi/id/ministerie/mnre1045", m.get(0).ministry().getURI());
    }

    @Test
    void aMinistryTheGazetteerDoesNotKnowGivesNoPost() {
        assertEquals(List.of(), finder.find("de minister van Toverkunst en Alchemie"));
    }
}
