package nl.kamergraaf.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content negotiation by Accept header and by suffix, including q-values and the defaults. */
class RepresentationTest {
    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
        "application/xhtml+xml                                        | HTML",
        "text/turtle                                                  | TURTLE",
        "application/n-triples                                        | NTRIPLES",
        "application/ld+json                                          | JSONLD",
        "application/rdf+xml                                          | RDFXML",
        "application/rdf+xml;q=0.5, text/turtle;q=0.4                 | RDFXML",
        "text/turtle;q=0.2, application/ld+json;q=0.9, text/html;q=0.5 | JSONLD",
        "*/*                                                          | TURTLE",
        "NONE                                                         | TURTLE",
        "application/*                                                | JSONLD",
        "text/html;q=0, */*;q=0.1                                     | TURTLE"
    })
    void theBestAcceptableFormatIsChosen(String accept, Representation expected) {
        assertEquals(Optional.of(expected), Representation.negotiate(accept));
    }

    @ParameterizedTest
    @CsvSource({"image/png", "application/pdf"})
    void aClientAcceptingNoneOfOurFormatsGetsNone(String accept) {
        assertEquals(Optional.empty(), Representation.negotiate(accept));
    }

    @ParameterizedTest
    @CsvSource({"ttl,TURTLE", "nt,NTRIPLES", "jsonld,JSONLD", "rdf,RDFXML", "html,HTML"})
    void eachSuffixNamesOneFormat(String suffix, Representation expected) {
        assertEquals(Optional.of(expected), Representation.bySuffix(suffix));
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
        "application/n-quads                       | NQUADS",
        "application/trig                          | TRIG",
        "application/trig;q=0.5, text/turtle       | TURTLE",
        "application/n-quads, application/trig;q=0.9 | NQUADS",
        "*/*                                       | TURTLE",
        "text/html,application/xhtml+xml,*/*;q=0.8 | HTML"
    })
    void aRecordGraphIsAlsoOfferedWholeInTrigAndNQuadsWhileTurtleStaysTheDefault(String accept, Representation expected) {
        assertEquals(Optional.of(expected), Representation.negotiate(accept, Representation.RECORD_GRAPH));
    }

    @ParameterizedTest
    @CsvSource({"application/n-quads", "application/trig"})
    void aThingsDescriptionIsNotOfferedInTheWholeRecordFormats(String accept) {
        assertEquals(Optional.empty(), Representation.negotiate(accept));
        assertEquals(Optional.empty(), Representation.bySuffix(accept.equals("application/trig") ? "trig" : "nq"));
    }

    @ParameterizedTest
    @CsvSource({"trig,TRIG", "nq,NQUADS"})
    void theWholeRecordSuffixesNameFormatsOfARecordGraph(String suffix, Representation expected) {
        assertEquals(Optional.of(expected), Representation.bySuffix(suffix, Representation.RECORD_GRAPH));
    }
}
