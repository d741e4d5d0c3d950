package nl.kamergraaf.server.release;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DistinctDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.RDF;

/**
 * Counts the VoID numbers while the sorted, distinct triples of a dump stream past, so that a dump needs no SPARQL
 * COUNT(DISTINCT …), which Jena answers with in-memory hash sets. Because the triples come sorted by subject, distinct
 * subjects and typed entities are counted at each change of subject; classes and properties are few and counted in a
 * map; distinct objects go through a spilling distinct bag. Memory stays flat, whatever the size of the store.
 */
final class TripleStatistics implements Consumer<Triple>, AutoCloseable {
    private static final Var O = Var.alloc("o");

    private final String uriSpace;
    private final DistinctDataBag<Binding> objects;
    private final Map<String, Long> classes = new TreeMap<>();
    private final Map<String, Long> properties = new TreeMap<>();
    private long triples;
    private long subjects;
    private long entities;
    private Node subject;
    private boolean subjectTyped;

    TripleStatistics(String uriSpace, long inMemoryLimit) {
        this.uriSpace = uriSpace;
        this.objects = BagFactory.newDistinctBag(ThresholdPolicyFactory.count(inMemoryLimit),
                SerializationFactoryFinder.bindingSerializationFactory(), (a, b) -> NodeCmp.compareRDFTerms(a.get(O), b.get(O)));
    }

    @Override
    public void accept(Triple t) {
        triples++;
        if (!t.getSubject().equals(subject)) {
            endSubject();
            subject = t.getSubject();
            subjects++;
        }
        if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
            subjectTyped = true;
            classes.merge(t.getObject().getURI(), 1L, Long::sum);
        }
        properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
        objects.add(BindingFactory.binding(O, t.getObject()));
    }

    private void endSubject() {
        if (subject != null && subjectTyped && subject.isURI() && subject.getURI().startsWith(uriSpace)) entities++;
        subjectTyped = false;
    }

    /** The counts, completed with what only the whole store tells (dates, examples). */
    DatasetStatistics finish(DatasetStatistics.Dates dates) {
        endSubject();
        subject = null;
        long distinctObjects = 0;
        var it = objects.iterator();
        while (it.hasNext()) {
            it.next();
            distinctObjects++;
        }
        return new DatasetStatistics(triples, entities, classes.size(), properties.size(), subjects, distinctObjects,
                Map.copyOf(classes), Map.copyOf(properties), dates.firstDate(), dates.lastDate(), dates.lastModified(),
                dates.examples());
    }

    @Override
    public void close() {
        objects.close();
    }
}
