package nl.kamergraaf.mapper.spi;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * What one source record says, as its own named graph: the graph IRI, the thing the record is about (for the change
 * feed), and the quads (all in {@code graph}). A deleted record's graph holds only its tombstone
 * ({@code kg:VerwijderdRecord}, {@code prov:invalidatedAtTime}); {@code deleted} says which it is.
 */
public record RecordGraph(Node graph, Node subject, List<Quad> quads, boolean deleted) {
    public RecordGraph {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(subject, "subject");
        if (!graph.isURI() || !subject.isURI()) {
            throw new IllegalArgumentException("A record graph and its subject are IRIs, got " + graph + " and " + subject);
        }
        quads = List.copyOf(quads);
        for (Quad q : quads) {
            if (!graph.equals(q.getGraph())) {
                throw new IllegalArgumentException("Quad outside the record graph " + graph + ": " + q);
            }
        }
    }
}
