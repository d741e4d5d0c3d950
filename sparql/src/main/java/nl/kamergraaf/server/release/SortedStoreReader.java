package nl.kamergraaf.server.release;

import java.util.Comparator;
import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;

/**
 * Reads the store in one stable order, whatever the order TDB2 hands quads out in (which follows node ids, and so the
 * history of loads): quads sorted by graph, subject, predicate, object, and the distinct triples of the union of the
 * record graphs sorted by subject, predicate, object. The sort is external (Jena's spilling data bag): beyond
 * {@code inMemoryLimit} items it spills sorted runs to temporary files, so memory stays flat whatever the store's size.
 */
public final class SortedStoreReader {
    /** Items held in memory before a sorted run is spilled to disk. */
    public static final long DEFAULT_IN_MEMORY_LIMIT = 100_000;

    private static final Var G = Var.alloc("g");
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");
    private static final Comparator<Binding> BY_GSPO = Comparator
            .comparing((Binding b) -> b.get(G), SortedStoreReader::compareNullable)
            .thenComparing(b -> b.get(S), NodeCmp::compareRDFTerms)
            .thenComparing(b -> b.get(P), NodeCmp::compareRDFTerms)
            .thenComparing(b -> b.get(O), NodeCmp::compareRDFTerms);

    private final DatasetGraph dataset;
    private final long inMemoryLimit;

    public SortedStoreReader(DatasetGraph dataset, long inMemoryLimit) {
        if (inMemoryLimit < 1) throw new IllegalArgumentException("The in-memory limit must be positive");
        this.dataset = dataset;
        this.inMemoryLimit = inMemoryLimit;
    }

    /** Every quad of the store (record graphs, ontology and gazetteer graphs, and any default-graph triple), sorted. */
    public long forEachQuad(Consumer<Quad> action) {
        return sortAndVisit(true, b -> action.accept(Quad.create(b.get(G), b.get(S), b.get(P), b.get(O))));
    }

    /** The distinct triples of the named graphs (what SPARQL's default graph, their union, shows), sorted. */
    public long forEachTriple(Consumer<Triple> action) {
        return sortAndVisit(false, b -> action.accept(Triple.create(b.get(S), b.get(P), b.get(O))));
    }

    private long sortAndVisit(boolean quads, Consumer<Binding> action) {
        SortedDataBag<Binding> bag = BagFactory.newSortedBag(ThresholdPolicyFactory.count(inMemoryLimit),
                SerializationFactoryFinder.bindingSerializationFactory(), BY_GSPO);
        try {
            Txn.executeRead(dataset, () -> {
                Iterator<Quad> it = quads ? dataset.find() : dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    bag.add(quads ? BindingFactory.binding(G, q.getGraph(), S, q.getSubject(), P, q.getPredicate(), O, q.getObject())
                                  : BindingFactory.binding(S, q.getSubject(), P, q.getPredicate(), O, q.getObject()));
                }
            });
            long count = 0;
            Binding previous = null;
            Iterator<Binding> sorted = bag.iterator();
            while (sorted.hasNext()) {
                Binding b = sorted.next();
                // The same triple in two record graphs is one triple of the union: skip the repeats.
                if (previous != null && BY_GSPO.compare(previous, b) == 0) continue;
                action.accept(b);
                previous = b;
                count++;
            }
            return count;
        } finally {
            bag.close();
        }
    }

    private static int compareNullable(Node a, Node b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        return NodeCmp.compareRDFTerms(a, b);
    }
}
