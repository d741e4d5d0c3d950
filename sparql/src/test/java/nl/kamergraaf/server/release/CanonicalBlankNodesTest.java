package nl.kamergraaf.server.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapes are full of blank nodes, which parsers label at random: written twice, they must still be the same bytes. */
class CanonicalBlankNodesTest {
    private static final String SHAPES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <http://example.org/> .
            ex:S a sh:NodeShape ; sh:targetClass ex:C ;
              sh:property [ sh:path ex:p ; sh:minCount 1 ] , [ sh:path ex:q ; sh:in ( "a" "b" "a" ) ] ;
              sh:or ( [ sh:path ex:r ; sh:minCount 1 ] [ sh:path ex:s ; sh:minCount 1 ] ) .
            ex:T sh:property [ sh:path ex:p ; sh:minCount 1 ] .
            """;

    private static Graph parse() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(SHAPES, Lang.TURTLE).lang(Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void aGraphWithBlankNodesParsedTwiceIsWrittenAsTheSameBytesAndTheSameGraph(@TempDir Path dir) throws Exception {
        ReleaseWriter.writeSortedTurtle(parse(), dir.resolve("a.ttl"));
        ReleaseWriter.writeSortedTurtle(parse(), dir.resolve("b.ttl"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.ttl")), Files.readAllBytes(dir.resolve("b.ttl")));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(dir.resolve("a.ttl")).lang(Lang.TURTLE).parse(back);
        assertTrue(back.isIsomorphicWith(parse()));
    }
}
