package nl.kamergraaf.mapper.entity;

import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.mapper.MappingReport;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.ConceptSchemes;
import nl.kamergraaf.vocab.KG;

/**
 * Writes the vote event of a besluit with its counts (the sum of the votes' weights per option, see
 * {@link VoteWeight}) as a graph of its own, {@code graph/odata-stemmingsuitslag/{besluit}}, derived from the
 * Stemming records. Its outcome (aangenomen, verworpen) comes from the Besluit record itself. A full map writes one
 * per besluit from the run's {@link VoteTally}; sync rewrites the graph of a besluit whose votes changed.
 */
public final class VoteEventWriter {
    private final UriMinter uris;
    private final EnumerationConcepts concepts;

    public VoteEventWriter(UriMinter uris) {
        this(uris, new EnumerationConcepts(uris, ConceptSchemes.ofOntology(), (scheme, value) -> { }));
    }

    VoteEventWriter(UriMinter uris, EnumerationConcepts concepts) {
        this.uris = uris;
        this.concepts = concepts;
    }

    /** The label of a vote event, the same in the besluit's graph and in the counts' graph: one label per thing. */
    static String label(String besluitGuid) {
        return "Stemmingsuitslag van besluit " + besluitGuid.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The graph of the vote event on one besluit.
     *
     * @param perOption option (Stemming.Soort, e.g. "Voor") to the summed weight of its votes
     * @param sources   the files or URLs the votes came from, for the graph's {@code dct:source}
     */
    public RecordBuffer graph(String besluitGuid, SortedMap<String, Long> perOption, Collection<String> sources) {
        String besluit = besluitGuid.toLowerCase(java.util.Locale.ROOT);
        RecordBuffer b = new RecordBuffer(uris.recordGraph("odata-stemmingsuitslag", besluit));
        b.type(b.graph(), KG.Bronrecord);
        sources.forEach(source -> b.string(b.graph(), DCTerms.source.asNode(), source));
        Node uitslag = uris.byGuid("stemmingsuitslag", besluit);
        b.type(uitslag, KG.Stemmingsuitslag);
        b.literal(uitslag, RDFS.label.asNode(), label(besluit), "nl");
        b.add(uitslag, KG.besluit, uris.byGuid("besluit", besluit));
        for (Map.Entry<String, Long> option : perOption.entrySet()) {
            Node count = uris.stemmentelling(besluit, option.getKey());
            b.add(uitslag, ODataEntityWriter.Popolo.COUNT, count);
            b.type(count, KG.Stemmentelling);
            b.literal(count, RDFS.label.asNode(), option.getKey() + ": " + option.getValue(), "nl");
            b.add(count, ODataEntityWriter.Popolo.OPTION, concepts.concept("stemkeuze", option.getKey(), b));
            b.typed(count, ODataEntityWriter.Popolo.VALUE, Long.toString(option.getValue()), XSDDatatype.XSDinteger);
        }
        return b;
    }

    /** Every vote event of a mapping run, one graph per besluit. */
    void writeAll(VoteTally tally, java.util.function.Predicate<String> rollCallBesluit, StreamRDF out, MappingReport report) {
        for (java.util.Iterator<Map.Entry<String, VoteTally.Counts>> it = tally.perBesluit(rollCallBesluit); it.hasNext(); ) {
            Map.Entry<String, VoteTally.Counts> e = it.next();
            graph(e.getKey(), e.getValue().perOption(), e.getValue().sources()).flushTo(out);
            report.derivedGraphWritten();
        }
    }
}
