package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Choosing among offered media types by Accept header: q-values, wildcards, the deciding range, ties and bad headers. */
class ContentNegotiationTest {
    private static final List<String> PAGE_OR_RDF = List.of("text/html", "text/turtle", "application/ld+json");
    private static final List<String> PAGE_OR_JSON = List.of("text/html", "application/json");

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "text/turtle                                                 | text/turtle",
        "text/turtle;q=0.9, text/html;q=0.1                          | text/turtle",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
        "*/*                                                         | text/html",
        "text/*                                                      | text/html",
        "application/*                                               | application/ld+json",
        "TEXT/Turtle                                                 | text/turtle",
        "text/turtle; charset=utf-8                                  | text/turtle",
        "NONE                                                        | text/html",
        "'   '                                                       | text/html"
    })
    void theTypeWithTheHighestWeightIsChosenAndAnyTypeGoesWhenTheClientStatesNoPreference(String accept, String expected) {
        assertEquals(Optional.of(expected), ContentNegotiation.choose(accept, PAGE_OR_RDF));
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
        // the specific q=0 refuses HTML although */* accepts it with more weight
        "text/html;q=0, */*;q=0.1                                    | text/turtle",
        "text/*;q=0.5, text/turtle;q=0.1                             | text/html",
        "*/*;q=0.1, text/turtle;q=0.05                               | text/html"
    })
    void theMostSpecificRangeThatAcceptsATypeGivesItsWeight(String accept, String expected) {
        assertEquals(Optional.of(expected), ContentNegotiation.choose(accept, PAGE_OR_RDF));
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
        "application/json                                            | application/json",
        "application/json, text/plain, */*                           | application/json",
        "application/json, text/html                                 | text/html",
        "text/html;q=0.5, application/json                           | application/json",
        "*/*                                                         | text/html"
    })
    void atEqualWeightANamedTypeBeatsAWildcardAndThenTheFirstOfferedWins(String accept, String expected) {
        assertEquals(Optional.of(expected), ContentNegotiation.choose(accept, PAGE_OR_JSON));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {"image/png", "*/*;q=0", "text/html;q=0, text/turtle;q=0, application/*;q=0", "garbage"})
    void aClientThatAcceptsNoneOfTheOfferedTypesGetsNone(String accept) {
        assertEquals(Optional.empty(), ContentNegotiation.choose(accept, PAGE_OR_RDF));
    }
}
