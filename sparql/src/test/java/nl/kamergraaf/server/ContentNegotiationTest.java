package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Choosing among offered media types by Accept header: q-values, wildcards, the deciding range, ties and bad headers. */
class ContentNegotiationTest {
    /** What a resource offers: a page or its RDF (a description), or a page or JSON (a search answer). */
    private enum Offered {
        PAGE_OR_RDF("text/html", "text/turtle", "application/ld+json"),
        PAGE_OR_JSON("text/html", "application/json");

        final List<String> types;

        Offered(String... types) {
            this.types = List.of(types);
        }
    }

    @ParameterizedTest(name = "''{0}'' of {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
        # the type with the highest weight is chosen, and any type goes when the client states no preference
        text/turtle                                                 | PAGE_OR_RDF  | text/turtle
        text/turtle;q=0.9, text/html;q=0.1                          | PAGE_OR_RDF  | text/turtle
        text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | PAGE_OR_RDF | text/html
        */*                                                         | PAGE_OR_RDF  | text/html
        text/*                                                      | PAGE_OR_RDF  | text/html
        application/*                                               | PAGE_OR_RDF  | application/ld+json
        TEXT/Turtle                                                 | PAGE_OR_RDF  | text/turtle
        text/turtle; charset=utf-8                                  | PAGE_OR_RDF  | text/turtle
        NONE                                                        | PAGE_OR_RDF  | text/html
        '   '                                                       | PAGE_OR_RDF  | text/html
        # the most specific range that accepts a type gives its weight:
        # the specific q=0 refuses HTML although */* accepts it with more weight
        text/html;q=0, */*;q=0.1                                    | PAGE_OR_RDF  | text/turtle
        text/*;q=0.5, text/turtle;q=0.1                             | PAGE_OR_RDF  | text/html
        */*;q=0.1, text/turtle;q=0.05                               | PAGE_OR_RDF  | text/html
        # at equal weight a named type beats a wildcard, and then the first offered wins
        application/json                                            | PAGE_OR_JSON | application/json
        application/json, text/plain, */*                           | PAGE_OR_JSON | application/json
        application/json, text/html                                 | PAGE_OR_JSON | text/html
        text/html;q=0.5, application/json                           | PAGE_OR_JSON | application/json
        */*                                                         | PAGE_OR_JSON | text/html
        """)
    void theTypeTheMostSpecificRangeWeighsHighestIsChosenAndTiesGoToANamedTypeThenTheFirstOffered(String accept, Offered offered, String expected) {
        assertEquals(Optional.of(expected), ContentNegotiation.choose(accept, offered.types));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {"image/png", "*/*;q=0", "text/html;q=0, text/turtle;q=0, application/*;q=0", "garbage"})
    void aClientThatAcceptsNoneOfTheOfferedTypesGetsNone(String accept) {
        assertEquals(Optional.empty(), ContentNegotiation.choose(accept, Offered.PAGE_OR_RDF.types));
    }
}
