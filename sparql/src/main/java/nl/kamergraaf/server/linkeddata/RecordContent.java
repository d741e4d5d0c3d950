package nl.kamergraaf.server.linkeddata;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The whole content of one record graph, for {@code /doc/graph/{kind}/{key}.trig} and {@code .nq}: every quad of that
 * graph, with its graph name, as the store holds it. Read from the graph's own index in one read transaction, so the
 * cost follows the size of the record, not of the store.
 */
final class RecordContent {
    private final DatasetGraph dataset;

    RecordContent(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The graph's quads in the format (TriG or N-Quads); empty when the store holds no graph of that name. */
    Optional<byte[]> write(Node graph, Representation format) {
        if (!format.isWholeRecord()) throw new IllegalArgumentException(format + " does not carry a record's quads");
        DatasetGraph record = Txn.calculateRead(dataset, () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            Iterator<Quad> it = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY);
            try {
                it.forEachRemaining(copy::add);
            } finally {
                Iter.close(it);
            }
            return copy;
        });
        if (record.isEmpty()) return Optional.empty();
        record.prefixes().putAll(DescriptionGraph.CONTEXT_PREFIXES);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFWriter.source(record).format(format.rdfFormat()).output(out);
        return Optional.of(out.toByteArray());
    }
}
