package nl.kamergraaf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.bench.corpus.CorpusGenerator;
import nl.kamergraaf.bench.corpus.CorpusProfile;
import nl.kamergraaf.bench.corpus.CorpusScale;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.MappingReport;
import nl.kamergraaf.vocab.DataInvariants;
import nl.kamergraaf.vocab.InvariantViolation;

/**
 * The data invariants hold on the benchmark corpus too, not only on the bundled sample: the generated pages have the
 * real formats and value distributions, so a vote total above 150 or a second label there is a mapping error the
 * bundled data happens not to show (or a generator that makes impossible parliaments, which the figures would hide).
 */
// slow: generates and maps a benchmark corpus; DataInvariantsTest and RecordShapesTest keep the
// invariants covered on data/ and on every record shape in the quick loop.
@Tag("slow")
class BenchmarkCorpusInvariantsTest {
    @TempDir
    Path tmp;

    @Test
    void theMappedBenchmarkCorpusKeepsEveryDataInvariant() throws IOException {
        Path real = Files.isDirectory(Path.of("..", "data", "tk-opendata")) ? Path.of("..", "data", "tk-opendata") : Path.of("data", "tk-opendata");
        CorpusGenerator.Written written = new CorpusGenerator(CorpusProfile.learn(real), new CorpusScale(0.0005), 42).write(tmp);
        assertTrue(written.total() > 1000, "a corpus worth checking: " + written.total() + " records");

        DatasetGraph mapped = DatasetGraphFactory.createTxnMem();
        MappingReport report = KamergraafMapper.create().source(tmp).build().map(StreamRDFLib.dataset(mapped));
        assertEquals(List.of(), report.problems());

        // The vote invariants have something to check: vote events with counts, and votes that carry a weight.
        try (var exec = org.apache.jena.query.QueryExecution.model(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(mapped.getUnionGraph()))
                .query("""
                        PREFIX kg: <https://w3id.org/kamergraaf/def#>
                        PREFIX opengov: <http://www.w3.org/ns/opengov#>
                        SELECT (COUNT(DISTINCT ?e) AS ?events) (MAX(?v) AS ?largest) WHERE {
                          ?e a kg:Stemmingsuitslag ; opengov:count/opengov:value ?v }""").build()) {
            var row = exec.execSelect().next();
            assertTrue(row.getLiteral("events").getLong() > 20, "vote events in the corpus: " + row);
            assertTrue(row.getLiteral("largest").getLong() > 10, "counts of whole fracties: " + row);
        }

        List<InvariantViolation> violations = DataInvariants.ofOntology().check(mapped);
        assertEquals(List.of(), violations.stream().limit(20).map(InvariantViolation::readable).toList(),
                violations.size() + " violation(s)");
    }
}
