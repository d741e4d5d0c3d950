package nl.kamergraaf.server.alerts;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * What a record graph is about, for the alerts journal: the title of its thing, the feeds it touches, and, for
 * activities, agenda items and sittings, when and where they take place. The feeds are every dossier, member,
 * fractie and ministry named by the record graph, by its expansion graph (what a load's {@code $expand} said, which
 * sync keeps: Zaak → Kamerstukdossier, a document's kamerstuk) or by the thing's own statements anywhere in the
 * store, and the dossiers of the zaken and kamerstukken among those. Reads the two graphs and a few indexed
 * look-ups: its cost follows the size of the record, not of the store. Call inside a transaction.
 */
record RecordDescription(String iri, String title, List<String> feeds, String start, String end, String location) {
    private static final String SCHEMA = "https://schema.org/";
    private static final Node START = NodeFactory.createURI(SCHEMA + "startDate");
    private static final Node END = NodeFactory.createURI(SCHEMA + "endDate");
    private static final Node LOCATION = NodeFactory.createURI(SCHEMA + "location");
    /** Things whose dossier is stated on them or on their kamerstuk. */
    private static final java.util.regex.Pattern LEADS_TO_DOSSIER = java.util.regex.Pattern.compile(".*/id/(zaak|document|kamerstuk)/[^/]+");
    private static final Set<Node> DATED = Set.of(KG.Activiteit, KG.Agendapunt, KG.Vergadering);

    /** The record graph's thing as it is now (after a change). */
    static RecordDescription of(DatasetGraph dataset, String graphIri, String subjectIri) {
        return describe(dataset, NodeFactory.createURI(graphIri), NodeFactory.createURI(subjectIri));
    }

    /**
     * A record graph about to be deleted, whose tombstone will be at {@code tombstone} (the GUID IRI): its thing is
     * the subject of the same type path ({@code …/id/zaak/}) that the graph states a type of, the numbered IRI where
     * the record had a number.
     */
    static Optional<RecordDescription> beforeDeletion(DatasetGraph dataset, Node graph, Node tombstone) {
        String typePath = tombstone.getURI().substring(0, tombstone.getURI().lastIndexOf('/') + 1);
        Set<Node> things = new LinkedHashSet<>();
        dataset.find(graph, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(typePath)) things.add(q.getSubject());
        });
        if (things.isEmpty()) return Optional.empty();
        Node thing = things.contains(tombstone) && things.size() > 1
                ? things.stream().filter(t -> !t.equals(tombstone)).findFirst().get() : things.iterator().next();
        return Optional.of(describe(dataset, graph, thing));
    }

    private static RecordDescription describe(DatasetGraph dataset, Node graph, Node subject) {
        Graph union = dataset.getUnionGraph();
        Set<Node> named = new LinkedHashSet<>();
        for (Node g : List.of(graph, UriMinter.expansionGraph(graph))) {
            Iterator<Quad> quads = dataset.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (q.getSubject().isURI()) named.add(q.getSubject());
                if (q.getObject().isURI()) named.add(q.getObject());
            }
        }
        union.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) named.add(t.getObject());
        });
        Set<String> feeds = new TreeSet<>();
        for (Node n : named) {
            FeedKeys.of(n.getURI()).ifPresent(feeds::add);
            // A zaak names its documents, a document its kamerstuk: the dossier is stated there, one or two steps on.
            if (LEADS_TO_DOSSIER.matcher(n.getURI()).matches()) {
                dossiers(union, n, feeds);
                union.find(n, KG.kamerstuk, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isURI()) dossiers(union, t.getObject(), feeds);
                });
            }
        }
        boolean dated = DATED.stream().anyMatch(type -> union.contains(subject, RDF.type.asNode(), type));
        return new RecordDescription(subject.getURI(), label(union, subject), List.copyOf(feeds),
                dated ? value(union, subject, START) : null, dated ? value(union, subject, END) : null,
                dated ? value(union, subject, LOCATION) : null);
    }

    private static void dossiers(Graph union, Node thing, Set<String> feeds) {
        union.find(thing, KG.dossier, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) FeedKeys.of(t.getObject().getURI()).ifPresent(feeds::add);
        });
    }

    /** The thing's Dutch label, else any label, else null. */
    static String label(Graph graph, Node subject) {
        String any = null;
        Iterator<Triple> it = graph.find(subject, RDFS.label.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) continue;
            if ("nl".equalsIgnoreCase(o.getLiteralLanguage())) return o.getLiteralLexicalForm();
            if (any == null) any = o.getLiteralLexicalForm();
        }
        return any;
    }

    private static String value(Graph graph, Node subject, Node property) {
        Iterator<Triple> it = graph.find(subject, property, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return null;
    }
}
