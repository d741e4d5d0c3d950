package nl.kamergraaf.server.linkeddata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Prefixes;

/**
 * The RDF of a description document: the thing's statements, the incoming ones of this page, the labels, the record
 * graphs the thing's statements come from ({@code <graph> foaf:topic <thing>}), and what the document is: a
 * {@code foaf:Document} whose {@code foaf:primaryTopic} is the thing, and, for the incoming links, a
 * {@code hydra:Collection} with {@code hydra:totalItems} viewed through {@code hydra:PartialCollectionView} pages
 * linked by {@code hydra:first/previous/next/last} (Hydra Core vocabulary). For a record graph, also this page of
 * the things it describes: {@code <graph> foaf:topic <thing>}, and a second collection ({@code #topics}) of them.
 */
public final class DescriptionGraph {
    public static final String HYDRA = Prefixes.namespace("hydra");
    static final Node CC0 = NodeFactory.createURI("http://creativecommons.org/publicdomain/zero/1.0/");
    static final Node FOAF_TOPIC = FOAF.topic.asNode();

    /** The prefixes of every RDF answer; they are also the JSON-LD context (see {@link #CONTEXT_PREFIXES}). */
    public static final PrefixMapping CONTEXT_PREFIXES = Prefixes.mapping(KG.PREFIX, "rdf", "rdfs", "owl", "xsd", "skos", "dct",
            "prov", "foaf", "hydra", "eli", "schema").lock();

    private DescriptionGraph() {}

    public static Graph of(Description d, Addresses addresses) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(CONTEXT_PREFIXES);
        d.own().forEach(g::add);
        d.incoming().forEach(g::add);
        d.labels().find().forEachRemaining(g::add);

        String thingIri = d.thing().getURI();
        Node doc = UriMinter.checked(addresses.docIri(thingIri, d.page()));
        g.add(Triple.create(doc, RDF.type.asNode(), FOAF.Document.asNode()));
        g.add(Triple.create(doc, FOAF.primaryTopic.asNode(), d.thing()));
        g.add(Triple.create(doc, DCTerms.license.asNode(), CC0));

        // A graph "is about" what it states things of: the same property for the record graphs of a thing and for
        // the things of a record graph, so that a client follows it both ways.
        for (Node source : d.sources()) g.add(Triple.create(source, FOAF_TOPIC, d.thing()));
        d.topics().ifPresent(topics -> {
            Node collection = uri(page(addresses, thingIri, 1).getURI() + "#topics");
            g.add(Triple.create(collection, RDF.type.asNode(), uri(HYDRA + "Collection")));
            g.add(Triple.create(collection, uri(HYDRA + "totalItems"),
                    NodeFactory.createLiteralDT(Long.toString(topics.total()), XSDDatatype.XSDnonNegativeInteger)));
            g.add(Triple.create(collection, uri(HYDRA + "view"), doc));
            for (Node topic : topics.page()) {
                g.add(Triple.create(d.thing(), FOAF_TOPIC, topic));
                g.add(Triple.create(collection, uri(HYDRA + "member"), topic));
            }
        });

        // A fragment of the checked first-page IRI (IRIx calls IRIs with a fragment not absolute, so it is not re-checked).
        Node incoming = uri(page(addresses, thingIri, 1).getURI() + "#incoming");
        g.add(Triple.create(incoming, RDF.type.asNode(), uri(HYDRA + "Collection")));
        // A hub's total is not counted (it would cost a scan of all that points at it): no totalItems and no last page.
        if (d.incomingTotalExact()) {
            g.add(Triple.create(incoming, uri(HYDRA + "totalItems"),
                    NodeFactory.createLiteralDT(Long.toString(d.incomingTotal()), XSDDatatype.XSDnonNegativeInteger)));
        }
        g.add(Triple.create(incoming, uri(HYDRA + "view"), doc));
        g.add(Triple.create(doc, RDF.type.asNode(), uri(HYDRA + "PartialCollectionView")));
        g.add(Triple.create(doc, uri(HYDRA + "first"), page(addresses, thingIri, 1)));
        if (d.incomingTotalExact()) g.add(Triple.create(doc, uri(HYDRA + "last"), page(addresses, thingIri, d.pageCount())));
        if (d.hasPreviousPage()) g.add(Triple.create(doc, uri(HYDRA + "previous"), page(addresses, thingIri, d.page() - 1)));
        if (d.hasNextPage()) g.add(Triple.create(doc, uri(HYDRA + "next"), page(addresses, thingIri, d.page() + 1)));
        return g;
    }

    private static Node page(Addresses addresses, String thingIri, int page) {
        return UriMinter.checked(addresses.docIri(thingIri, page));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
