package nl.kamergraaf.mapper;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Collects the quads of one source record in its named graph and hands them on only when the whole record mapped:
 * a record that fails halfway leaves nothing behind in the output.
 */
public final class RecordBuffer {
    private final Node graph;
    /** The source record the graph states ("Zaak:{guid}"), where one record has one graph; null otherwise. */
    private final String recordKey;
    /** Insertion-ordered and duplicate-free: several parts of a record may name the same dossier or person. */
    private final Set<Quad> quads = new LinkedHashSet<>();

    public RecordBuffer(Node graph) {
        this(graph, null);
    }

    public RecordBuffer(Node graph, String recordKey) {
        this.graph = graph;
        this.recordKey = recordKey;
    }

    public Node graph() {
        return graph;
    }

    public String recordKey() {
        return recordKey;
    }

    public RecordBuffer add(Node s, Node p, Node o) {
        quads.add(Quad.create(graph, s, p, o));
        return this;
    }

    public RecordBuffer type(Node s, Node type) {
        return add(s, RDF.type.asNode(), type);
    }

    public RecordBuffer literal(Node s, Node p, String value, String lang) {
        if (value != null && !value.isBlank()) add(s, p, NodeFactory.createLiteralLang(value, lang));
        return this;
    }

    public RecordBuffer string(Node s, Node p, String value) {
        if (value != null && !value.isBlank()) add(s, p, NodeFactory.createLiteralString(value));
        return this;
    }

    public RecordBuffer typed(Node s, Node p, String lexical, XSDDatatype type) {
        if (lexical != null) add(s, p, NodeFactory.createLiteralDT(lexical, type));
        return this;
    }

    /** Whether the record already states this triple in its graph. */
    public boolean contains(Node s, Node p, Node o) {
        return quads.contains(Quad.create(graph, s, p, o));
    }

    public int size() {
        return quads.size();
    }

    /** A hash of the quads as a set (order does not matter), to tell an identical copy of a record from a new one. */
    public long contentHash() {
        long h = 0;
        for (Quad q : quads) {
            long x = q.hashCode() * 0x9E3779B97F4A7C15L;
            h += x ^ (x >>> 29);
        }
        return h;
    }

    /** Sends the record's quads downstream in the order they were added, which keeps output deterministic. */
    public int flushTo(StreamRDF out) {
        quads.forEach(out::quad);
        int n = quads.size();
        quads.clear();
        return n;
    }
}
