package nl.kamergraaf.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.vocab.KG;

/**
 * A page labels a concept of the ontology's schemes from the ontology's graph, not from the record graphs that repeat
 * its label wherever it is used (in the union graph that is one quad per use: the label of "Voor" would cost every
 * vote in the House). A value outside the ontology is still labelled from the data.
 */
class ConceptLabelsTest {
    private static final String BASE = "http://localhost:3030";
    private static final Node OPTION = NodeFactory.createURI("http://www.w3.org/ns/opengov#option");
    private static final Node VOOR = NodeFactory.createURI("https://w3id.org/kamergraaf/def/stemkeuze/voor");
    private static final Node UNKNOWN = NodeFactory.createURI(BASE + "/id/onbekende-waarde/stemkeuze/misschien");

    @Test
    void aConceptIsLabelledFromTheOntologysGraphAndAnUnknownValueFromTheData() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Node vote = NodeFactory.createURI(BASE + "/id/stemming/0e000000-0000-4000-8000-000000000001");
        Node other = NodeFactory.createURI(BASE + "/id/stemming/0e000000-0000-4000-8000-000000000002");
        Txn.executeWrite(dsg, () -> {
            Node ontology = NodeFactory.createURI(BASE + "/graph/ontology");
            dsg.add(Quad.create(ontology, VOOR, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Voor", "nl")));
            dsg.add(Quad.create(ontology, VOOR, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("For", "en")));
            Node record = NodeFactory.createURI(BASE + "/graph/odata-stemming/1");
            dsg.add(Quad.create(record, vote, OPTION, VOOR));
            // What a record graph repeats (here made different, to see which one the page took).
            dsg.add(Quad.create(record, VOOR, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Voor, zoals het record het zegt", "nl")));
            Node record2 = NodeFactory.createURI(BASE + "/graph/odata-stemming/2");
            dsg.add(Quad.create(record2, other, OPTION, UNKNOWN));
            dsg.add(Quad.create(record2, UNKNOWN, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Misschien", "nl")));
            dsg.add(Quad.create(record2, UNKNOWN, org.apache.jena.vocabulary.RDF.type.asNode(), KG.OnbekendeWaarde));
        });
        Describer describer = new Describer(dsg, new Addresses(BASE), 10);

        assertEquals(Set.of("Voor", "For"), labels(describer.describe(vote, 1), VOOR), "the ontology's labels only");
        assertEquals(Set.of("Voor", "For"), labels(describer.describeForPage(vote, 1), VOOR));
        assertEquals(Set.of("Misschien"), labels(describer.describe(other, 1), UNKNOWN), "a value outside the ontology keeps its data label");
    }

    private static Set<String> labels(Description d, Node concept) {
        return d.labels().find(concept, SKOS.prefLabel.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toSet().stream().collect(Collectors.toSet());
    }
}
