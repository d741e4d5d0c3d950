package nl.kamergraaf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Hand-made Turtle checked against the ontology's shapes, for the shapes tests of each module: the prefixes the
 * snippets are written with, one validator (the shapes compile once), and the assertions on its results.
 */
final class ShapesCheck {
    /** Every prefix a snippet may use; a snippet may declare more of its own. */
    static final String PREFIXES = """
            @prefix kg: <https://w3id.org/kamergraaf/def#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix opengov: <http://www.w3.org/ns/opengov#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix time: <http://www.w3.org/2006/time#> .
            @prefix schema: <https://schema.org/> .
            @prefix id: <http://localhost:3030/id/> .
            @prefix def: <https://w3id.org/kamergraaf/def/> .
            """;

    private static final ShapeValidator VALIDATOR = ShapeValidator.ofOntology();

    private ShapesCheck() {
    }

    /** The results of validating a Turtle snippet (written with {@link #PREFIXES}); empty when it conforms. */
    static List<ShapeViolation> validate(String turtle) {
        return VALIDATOR.validate(RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toGraph());
    }

    /** The snippet conforms: no result at all, not even a warning. */
    static void assertConforms(String turtle) {
        assertEquals(List.of(), validate(turtle));
    }

    /** The module's shapes file is among those the validator compiles. */
    static void assertShapesFileLoaded(String file) {
        assertTrue(Shapes.present().contains(Shapes.FOLDER + file), Shapes.present().toString());
    }

    /** At least one violation on this thing and (when given) this property path. */
    static void assertReported(List<ShapeViolation> results, String focus, String path) {
        assertTrue(results.stream().anyMatch(x -> x.isViolation() && x.focusNode().equals(focus)
                        && (path == null || path.equals(x.path()))),
                "expected a violation on <" + focus + "> " + (path == null ? "" : path) + ", got: " + results);
    }
}
