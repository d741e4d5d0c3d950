package nl.kamergraaf.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.vocab.KG;

/**
 * The summary a mapping run prints says what its output holds: the quads it counts are the lines of the N-Quads it
 * wrote, and the records it counts are the record graphs in the output, each once however often the input repeats a
 * record (a zaak expanded in a hundred votes is one record), nested records included; a record's expansion graph is
 * part of the record.
 */
// slow: maps all of data/ once more to count its output; MappedDataMatchesOntologyTest maps data/ in the
// quick loop and StoreLoaderTest checks what a load counts.
@Tag("slow")
class MappingSummaryTest {
    @Test
    void theCountsOfTheSummaryAreTheQuadsAndRecordGraphsOfTheOutput() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        MappingReport report = KamergraafMapper.create().source(ProjectFiles.dataDir()).build().map(out);

        long lines = new String(bytes.toByteArray(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        assertEquals(lines, report.quadsWritten(), "quads counted = N-Quads lines written");

        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes.toByteArray())).lang(Lang.NQUADS).parse(dsg);
        Set<String> sourceRecords = new HashSet<>();
        Set<String> derived = new HashSet<>();
        dsg.find(null, null, org.apache.jena.vocabulary.RDF.type.asNode(), KG.Bronrecord).forEachRemaining((Quad q) -> {
            // An expansion graph (what a record's $expand adds) belongs to its record: not a record of its own.
            if (!q.getSubject().equals(q.getGraph()) || q.getGraph().getURI().endsWith("/expansion")) return;
            (q.getGraph().getURI().contains("/graph/odata-stemmingsuitslag/") ? derived : sourceRecords).add(q.getGraph().getURI());
        });
        assertEquals(sourceRecords.size(), report.recordsMapped(), "records counted = source record graphs in the output");
        assertEquals(derived.size(), report.derivedGraphs(), "vote events counted = vote-event graphs in the output");
        assertTrue(report.recordsMapped() > 3000, "nested records are counted: " + report.summary());
        assertTrue(report.summary().contains(report.recordsMapped() + " record(s) mapped")
                && report.summary().contains(lines + " quad(s) written"), report.summary());
    }
}
