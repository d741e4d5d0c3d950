package nl.kamergraaf.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.Prefixes;

/**
 * The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/): what
 * it answers (SPARQL 1.1 Query only), in which formats, over which dataset (the default graph is the union of the
 * record graphs), and with which limits. Served on a GET of the endpoint without a query.
 */
public final class ServiceDescription {
    public static final String SD = Prefixes.namespace("sd");
    public static final String FORMATS = Prefixes.namespace("formats");
    private static final String TEXT_QUERY = Prefixes.namespace("text") + "query";

    private ServiceDescription() {}

    /**
     * @param endpoint the endpoint's URL as the client reached it (from its Host header: checked, so a bad one is
     *                 refused with an IllegalArgumentException, never written)
     * @param limits   the timeout and row cap, told in a comment so a client knows why an answer was cut off
     */
    public static Graph describe(String endpoint, String limits) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.mapping("rdf", "rdfs", "dc", "owl", "xsd", "sd", "formats"));
        Node endpointIri = UriMinter.checked(endpoint);
        // Fragments of a checked absolute IRI are valid IRIs (checked() itself refuses IRIs with a fragment).
        Node service = NodeFactory.createURI(endpoint + "#service");
        Node dataset = NodeFactory.createURI(endpoint + "#dataset");
        Node defaultGraph = NodeFactory.createURI(endpoint + "#default-graph");
        add(g, service, RDF.type.asNode(), sd("Service"));
        add(g, service, sd("endpoint"), endpointIri);
        add(g, service, sd("supportedLanguage"), sd("SPARQL11Query"));
        add(g, service, sd("feature"), sd("UnionDefaultGraph"));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"}) {
            add(g, service, sd("resultFormat"), iri(FORMATS + format));
        }
        add(g, service, sd("languageExtension"), iri(TEXT_QUERY));
        add(g, iri(TEXT_QUERY), RDFS.label.asNode(), NodeFactory.createLiteralString("text:query"));
        add(g, iri(TEXT_QUERY), RDFS.comment.asNode(), NodeFactory.createLiteralString(
                "Full-text search with Dutch stemming over rdfs:label, kg:titel, kg:onderwerp and kg:tekst "
                + "(PREFIX text: <http://jena.apache.org/text#>; ?s text:query \"woord\")."));
        add(g, service, RDFS.comment.asNode(), NodeFactory.createLiteralString(
                "Kamergraaf: the open data of the Tweede Kamer as linked data. Read-only: SPARQL Update and federated "
                + "SERVICE calls are refused. " + limits));
        add(g, service, sd("defaultDataset"), dataset);
        add(g, dataset, RDF.type.asNode(), sd("Dataset"));
        add(g, dataset, sd("defaultGraph"), defaultGraph);
        add(g, defaultGraph, RDF.type.asNode(), sd("Graph"));
        add(g, defaultGraph, RDFS.comment.asNode(), NodeFactory.createLiteralString(
                "The union of all named graphs: one graph per source record, plus the ontology and the gazetteer."));
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        if (o != null) g.add(Triple.create(s, p, o));
    }

    private static Node sd(String local) {
        return iri(SD + local);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
