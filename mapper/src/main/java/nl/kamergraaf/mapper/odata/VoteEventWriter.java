package nl.kamergraaf.mapper.odata;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.mapper.MappingReport;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * Writes the vote event of each besluit with its counts (sum of FractieGrootte per option) as a record graph of its
 * own, {@code graph/odata-stemmingsuitslag/{besluit}}, derived from the Stemming records of the run. Its outcome
 * (aangenomen, verworpen) comes from the Besluit record itself.
 */
final class VoteEventWriter {
    private VoteEventWriter() {}

    static void write(VoteTally tally, ODataIris iris, StreamRDF out, MappingReport report) {
        UriMinter uris = iris.uris();
        for (Map.Entry<String, VoteTally.Counts> e : tally.perBesluit().entrySet()) {
            String besluit = e.getKey();
            RecordBuffer b = new RecordBuffer(uris.recordGraph("odata-stemmingsuitslag", besluit));
            b.type(b.graph(), KG.Bronrecord);
            e.getValue().sources().forEach(source -> b.string(b.graph(), DCTerms.source.asNode(), source));
            Node uitslag = iris.stemmingsuitslag(besluit);
            b.type(uitslag, KG.Stemmingsuitslag);
            b.literal(uitslag, RDFS.label.asNode(), "Stemmingsuitslag van besluit " + besluit, "nl");
            b.add(uitslag, KG.besluit, iris.ref("Besluit", besluit));
            for (Map.Entry<String, Long> option : e.getValue().perOption().entrySet()) {
                Node count = uris.stemmentelling(besluit, option.getKey());
                b.add(uitslag, ODataEntityWriter.Popolo.COUNT, count);
                b.type(count, KG.Stemmentelling);
                b.literal(count, RDFS.label.asNode(), option.getKey() + ": " + option.getValue(), "nl");
                b.add(count, ODataEntityWriter.Popolo.OPTION, ODataEntityWriter.concept("stemkeuze", option.getKey(), b));
                b.typed(count, ODataEntityWriter.Popolo.VALUE, Long.toString(option.getValue()), XSDDatatype.XSDinteger);
            }
            report.recordMapped(b.flushTo(out));
        }
    }
}
