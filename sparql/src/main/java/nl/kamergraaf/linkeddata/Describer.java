package nl.kamergraaf.linkeddata;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.SuperTerms;

/**
 * Reads the description of one thing from the store: its own statements, one page of the statements pointing at it,
 * and the labels of everything they mention. Works on the union of all record graphs, in one read transaction.
 */
public final class Describer {
    /** The tombstone class of deleted records (docs/CONVENTIONS.md). */
    static final Node VERWIJDERD_RECORD = KG.VerwijderdRecord;
    /** What the mapper's alignment materialises on every tombstone (prov:Entity): a tombstone's type too, not a live one. */
    private static final Set<Node> TOMBSTONE_SUPER_CLASSES = Set.copyOf(SuperTerms.ofOntology().superClassesOf(VERWIJDERD_RECORD));
    private static final String SCHEMA_ORG = "https://schema.org/";

    private final DatasetGraph dataset;
    private final Addresses addresses;
    private final int pageSize;

    public Describer(DatasetGraph dataset, Addresses addresses, int pageSize) {
        if (pageSize < 1) throw new IllegalArgumentException("The page size must be positive");
        this.dataset = dataset;
        this.addresses = addresses;
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Whether the store says anything at all about the IRI, as subject or as object. */
    public boolean isKnown(Node thing) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = dataset.getUnionGraph();
            return g.contains(thing, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, thing);
        });
    }

    public Description describe(Node thing, int page) {
        return Txn.calculateRead(dataset, () -> read(dataset.getUnionGraph(), thing, page));
    }

    private Description read(Graph g, Node thing, int page) {
        List<Triple> own = distinct(g.find(thing, Node.ANY, Node.ANY));
        // Incoming statements are paged in the store's index order, which is stable for a given store; a page is
        // then sorted by property and subject so that a reader sees them grouped.
        List<Triple> incoming = new ArrayList<>();
        long total = 0;
        long skip = (long) (page - 1) * pageSize;
        Set<Triple> seen = new HashSet<>();
        ExtendedIterator<Triple> in = g.find(Node.ANY, Node.ANY, thing);
        try {
            while (in.hasNext()) {
                Triple t = in.next();
                if (!seen.add(t)) continue;
                if (total >= skip && incoming.size() < pageSize) incoming.add(t);
                total++;
            }
        } finally {
            in.close();
        }
        incoming.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getSubject().toString()));
        int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);

        Description.Status status;
        if (own.isEmpty() && total == 0) status = Description.Status.UNKNOWN;
        else if (isTombstone(own)) status = Description.Status.GONE;
        else status = Description.Status.LIVE;

        Set<Node> mentioned = new LinkedHashSet<>();
        for (Triple t : own) {
            mentioned.add(t.getPredicate());
            if (t.getObject().isURI()) mentioned.add(t.getObject());
        }
        for (Triple t : incoming) {
            mentioned.add(t.getPredicate());
            mentioned.add(t.getSubject());
        }
        mentioned.remove(thing);
        Graph labels = GraphFactory.createDefaultGraph();
        Set<Node> describedHere = new HashSet<>();
        for (Node n : mentioned) {
            if (!n.isURI()) continue;
            addAll(labels, g.find(n, RDFS.label.asNode(), Node.ANY));
            addAll(labels, g.find(n, SKOS.prefLabel.asNode(), Node.ANY));
            if (!addresses.isOurs(n.getURI()) && g.contains(n, Node.ANY, Node.ANY)) describedHere.add(n);
        }
        return new Description(thing, status, own, incoming, total, page, pageCount, labels, describedHere,
                schemaTypes(g, own));
    }

    private static boolean isTombstone(List<Triple> own) {
        boolean tombstone = false;
        for (Triple t : own) {
            if (!t.getPredicate().equals(RDF.type.asNode())) continue;
            if (t.getObject().equals(VERWIJDERD_RECORD)) tombstone = true;
            else if (!TOMBSTONE_SUPER_CLASSES.contains(t.getObject())) return false; // still live in some other record
        }
        return tombstone;
    }

    /** The schema.org classes reached from the thing's classes along rdfs:subClassOf (or owl:equivalentClass). */
    private static List<Node> schemaTypes(Graph g, List<Triple> own) {
        Deque<Node> todo = new ArrayDeque<>();
        for (Triple t : own) if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) todo.add(t.getObject());
        Set<Node> visited = new HashSet<>();
        List<Node> found = new ArrayList<>();
        while (!todo.isEmpty()) {
            Node c = todo.poll();
            if (!visited.add(c)) continue;
            if (c.getURI().startsWith(SCHEMA_ORG)) {
                found.add(c);
                continue;
            }
            for (Node p : List.of(RDFS.subClassOf.asNode(), OWL.equivalentClass.asNode())) {
                g.find(c, p, Node.ANY).forEachRemaining(t -> { if (t.getObject().isURI()) todo.add(t.getObject()); });
            }
        }
        return found;
    }

    private static List<Triple> distinct(ExtendedIterator<Triple> it) {
        try {
            return new ArrayList<>(new LinkedHashSet<>(it.toList()));
        } finally {
            it.close();
        }
    }

    private static void addAll(Graph target, ExtendedIterator<Triple> it) {
        try {
            it.forEachRemaining(target::add);
        } finally {
            it.close();
        }
    }
}
