package nl.kamergraaf.server.linkeddata;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.SuperTerms;

/**
 * Reads the description of one thing from the store: its own statements, one page of the statements pointing at it,
 * the record graphs its statements come from, and the labels of everything they mention; for an IRI that names a
 * graph of the store, also one page of the things that graph describes. Works on the union of all record graphs, in
 * one read transaction, by indexed lookups on the IRI (as subject, as object, as graph name), so that the cost of a
 * description follows the size of what it is about, never the size of the store.
 */
public final class Describer {
    /** The tombstone class of deleted records (docs/CONVENTIONS.md). */
    static final Node VERWIJDERD_RECORD = KG.VerwijderdRecord;
    /** What the mapper's alignment materialises on every tombstone (prov:Entity): a tombstone's type too, not a live one. */
    private static final Set<Node> TOMBSTONE_SUPER_CLASSES = Set.copyOf(SuperTerms.ofOntology().superClassesOf(VERWIJDERD_RECORD));
    private static final String SCHEMA_ORG = "https://schema.org/";
    /**
     * How many pages of incoming statements are counted beyond the one asked for. A hub (a fractie with a million
     * votes, a concept every record uses) would otherwise cost a scan of everything pointing at it on every request;
     * past this the page says "more than N" and offers the next page.
     */
    static final int PAGES_COUNTED_AHEAD = 10;
    /**
     * Incoming properties whose subjects a page shows in place rather than as a bare link: a reference (kg:Verwijzing)
     * from or to a document, with the sentence it was found in, and a vote (kg:Stemming) on a besluit, with its fractie
     * and choice. Read apart from the paged incoming links (a besluit's votes should be tallied whole, not as far as
     * one page of mixed links reaches), at most {@link #IN_PLACE_LIMIT} subjects per property, so a document cited
     * everywhere still costs a bounded read.
     */
    static final List<Node> SHOWN_IN_PLACE = List.of(KG.bron, KG.doel, KG.besluit);
    /** More than the 150 seats of a roll call; a document's references or citations beyond it are not shown in place. */
    static final int IN_PLACE_LIMIT = 300;

    /** Where the ontology's terms and the concepts of its schemes live: {@code def#Term} and {@code def/scheme/value}. */
    private static final String ONTOLOGY_NAMESPACE = KG.NS.substring(0, KG.NS.length() - 1);

    private final DatasetGraph dataset;
    private final Addresses addresses;
    private final int pageSize;
    private final Node ontologyGraph;

    public Describer(DatasetGraph dataset, Addresses addresses, int pageSize) {
        if (pageSize < 1) throw new IllegalArgumentException("The page size must be positive");
        this.dataset = dataset;
        this.addresses = addresses;
        this.pageSize = pageSize;
        this.ontologyGraph = new UriMinter(addresses.base()).ontologyGraph();
    }

    public int pageSize() {
        return pageSize;
    }

    /** Whether the store says anything at all about the IRI, as subject or as object, or holds a graph of that name. */
    public boolean isKnown(Node thing) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = dataset.getUnionGraph();
            return g.contains(thing, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, thing) || namesGraph(thing);
        });
    }

    /** The description an RDF answer is made of; its {@link Description#neighbours()} are empty. */
    public Description describe(Node thing, int page) {
        return Txn.calculateRead(dataset, () -> read(dataset.getUnionGraph(), thing, page, false));
    }

    /** The description an HTML page is made of: also the references and votes it shows in place ({@link #SHOWN_IN_PLACE}). */
    public Description describeForPage(Node thing, int page) {
        return Txn.calculateRead(dataset, () -> read(dataset.getUnionGraph(), thing, page, true));
    }

    private boolean namesGraph(Node iri) {
        return iri.isURI() && dataset.containsGraph(iri);
    }

    private Description read(Graph g, Node thing, int page, boolean withNeighbours) {
        List<Triple> own = distinct(g.find(thing, Node.ANY, Node.ANY));
        // Incoming statements are paged in the store's index order, which is stable for a given store; a page is
        // then sorted by property and subject so that a reader sees them grouped.
        List<Triple> incoming = new ArrayList<>();
        long total = 0;
        long skip = (long) (page - 1) * pageSize;
        long countUpTo = skip + (long) pageSize * (1 + PAGES_COUNTED_AHEAD);
        boolean exact = true;
        Set<Triple> seen = new HashSet<>();
        ExtendedIterator<Triple> in = g.find(Node.ANY, Node.ANY, thing);
        try {
            while (in.hasNext()) {
                if (total >= countUpTo) {
                    exact = false;
                    break;
                }
                Triple t = in.next();
                // The union graph may give a statement once per record that states it; only the window is checked.
                if (!seen.add(t)) continue;
                if (total >= skip && incoming.size() < pageSize) incoming.add(t);
                total++;
            }
        } finally {
            in.close();
        }
        incoming.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getSubject().toString()));
        Optional<Description.Topics> topics = namesGraph(thing) ? Optional.of(topics(thing, skip)) : Optional.empty();
        long longest = Math.max(total, topics.map(Description.Topics::total).orElse(0L));
        int pageCount = (int) Math.max(1, (longest + pageSize - 1) / pageSize);

        Description.Status status;
        if (own.isEmpty() && total == 0 && topics.isEmpty()) status = Description.Status.UNKNOWN;
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
        topics.ifPresent(t -> mentioned.addAll(t.page()));
        mentioned.remove(thing);
        Graph labels = GraphFactory.createDefaultGraph();
        Set<Node> describedHere = new HashSet<>();
        for (Node n : mentioned) {
            if (!n.isURI()) continue;
            addLabels(labels, g, n);
            if (!addresses.isOurs(n.getURI()) && g.contains(n, Node.ANY, Node.ANY)) describedHere.add(n);
        }
        return new Description(thing, status, own, incoming, total, exact, page, pageCount, labels, describedHere,
                schemaTypes(g, own), sources(thing), topics,
                withNeighbours ? neighbours(g, thing) : GraphFactory.createDefaultGraph());
    }

    /**
     * The statements of the {@link #SHOWN_IN_PLACE} subjects pointing at the thing (up to the limit per property), and
     * the labels of what they link to.
     */
    private Graph neighbours(Graph g, Node thing) {
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> subjects = new LinkedHashSet<>();
        for (Node p : SHOWN_IN_PLACE) {
            ExtendedIterator<Triple> it = g.find(Node.ANY, p, thing);
            try {
                Set<Node> found = new HashSet<>();
                while (it.hasNext() && found.size() < IN_PLACE_LIMIT) found.add(it.next().getSubject());
                subjects.addAll(found);
            } finally {
                it.close();
            }
        }
        Set<Node> linked = new HashSet<>();
        for (Node s : subjects) {
            for (Triple t : distinct(g.find(s, Node.ANY, Node.ANY))) {
                out.add(t);
                if (t.getObject().isURI()) linked.add(t.getObject());
            }
        }
        linked.remove(thing);
        for (Node n : linked) addLabels(out, g, n);
        return out;
    }

    /**
     * Adds the labels of a linked thing. An ontology term or a concept of one of its schemes is labelled from the
     * ontology's graph: every record graph that uses a concept repeats its label (the mapper describes each concept
     * where it is used), so in the union graph the label of "Voor" is one quad per vote — a page would cost what
     * points at the concept. Anything else, or a term the ontology's graph does not hold, is labelled from the data.
     */
    private void addLabels(Graph into, Graph union, Node n) {
        Graph source = union;
        if (n.getURI().startsWith(ONTOLOGY_NAMESPACE)) {
            Graph ontology = dataset.getGraph(ontologyGraph);
            if (ontology.contains(n, Node.ANY, Node.ANY)) source = ontology;
        }
        addAll(into, source.find(n, RDFS.label.asNode(), Node.ANY));
        addAll(into, source.find(n, SKOS.prefLabel.asNode(), Node.ANY));
    }

    /**
     * The graphs that hold statements about the thing: its record graphs. From the quads with the thing as subject
     * (an index lookup), so as many as its own statements; the graph itself is not its own source.
     */
    private List<Node> sources(Node thing) {
        Set<Node> graphs = new TreeSet<>(Comparator.comparing(Node::getURI));
        Iterator<Quad> it = dataset.find(Node.ANY, thing, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Node graph = it.next().getGraph();
                if (graph.isURI() && !Quad.isDefaultGraph(graph) && !Quad.isUnionGraph(graph) && !graph.equals(thing)) graphs.add(graph);
            }
        } finally {
            Iter.close(it);
        }
        return List.copyOf(graphs);
    }

    /**
     * One page of the things a graph describes: the distinct subjects of its quads, the graph itself left out (its
     * own statements are shown as such). Read from the graph's index (GSPO: quads come grouped by subject), so the
     * cost follows the size of that one graph; a page holds at most the page size, in the store's index order like
     * the incoming links, then sorted by IRI for the reader.
     */
    private Description.Topics topics(Node graph, long skip) {
        List<Node> page = new ArrayList<>();
        long total = 0;
        Set<Node> seen = new HashSet<>();
        Node previous = null;
        Iterator<Quad> it = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (s.equals(previous)) continue;
                previous = s;
                if (s.equals(graph) || !seen.add(s)) continue;
                if (total >= skip && page.size() < pageSize) page.add(s);
                total++;
            }
        } finally {
            Iter.close(it);
        }
        page.sort(Comparator.comparing(Node::toString));
        return new Description.Topics(List.copyOf(page), total);
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
