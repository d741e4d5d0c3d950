package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.ProjectFiles;

class GazetteerMatcherTest {
    private final Gazetteer gazetteer = Gazetteer.load(ProjectFiles.dataDir().resolve("gazetteer/entiteiten.ttl"),
            "http://example.org");
    private final GazetteerMatcher matcher = new GazetteerMatcher(gazetteer);

    @Test
    void theLongestNameWinsAndTheEliIriIsTheEntity() {
        List<GazetteerMatcher.Match> m = matcher.find("een herziening van de EU Chips Act en de Chips Act zelf");
        assertEquals(List.of("EU Chips Act", "Chips Act"), m.stream().map(GazetteerMatcher.Match::text).toList());
        m.forEach(x -> assertEquals("http://data.europa.eu/eli/reg/2023/1781/oj", x.entity().getURI()));
    }

    @Test
    void relativeGazetteerIrisResolveAgainstTheBase() {
        List<GazetteerMatcher.Match> m = matcher.find("zoals ook benadrukt in het Draghi-rapport.");
        assertEquals("http://example.org/id/entiteit/draghi-rapport", m.get(0).entity().getURI());
    }

    @Test
    void multiWordNamesMatchIgnoringCaseButNotInsideWords() {
        assertEquals(1, matcher.find("van het Ministerie van Economische zaken (d.d.").size());
        assertEquals(0, matcher.find("de Semicon Board NLX").size());
    }
}
