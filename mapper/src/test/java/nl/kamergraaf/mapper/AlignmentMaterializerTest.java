package nl.kamergraaf.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.SuperTerms;

class AlignmentMaterializerTest {
    private static final Node G = NodeFactory.createURI("http://localhost:3030/graph/pagina/2024D50227");
    private static final Node D = NodeFactory.createURI("http://localhost:3030/id/document/2024D50227");
    private static final Node ELI_WORK = NodeFactory.createURI("http://data.europa.eu/eli/ontology#Work");

    private final List<Quad> written = new ArrayList<>();
    private final StreamRDF out = new AlignmentMaterializer(new StreamRDFBase() {
        @Override
        public void quad(Quad quad) {
            written.add(quad);
        }
    }, SuperTerms.ofOntology());

    @Test
    void aSubclassTypeAddsEverySuperClassTransitivelyOnceInTheSameGraph() {
        out.quad(Quad.create(G, D, RDF.type.asNode(), KG.Brief));
        out.quad(Quad.create(G, D, RDF.type.asNode(), KG.Document)); // the mapper states it too
        assertEquals(written.size(), new HashSet<>(written).size(), "a quad was written twice: " + written);
        assertTrue(written.contains(Quad.create(G, D, RDF.type.asNode(), ELI_WORK)), written.toString());
        assertTrue(written.stream().allMatch(q -> q.getGraph().equals(G)));
    }

    @Test
    void aKgPropertyAddsItsStandardSuperProperties() {
        Node title = NodeFactory.createLiteralLang("Innovatiebeleid", "nl");
        out.quad(Quad.create(G, D, KG.titel, title));
        assertTrue(written.contains(Quad.create(G, D, NodeFactory.createURI("http://data.europa.eu/eli/ontology#title"), title)));
        assertTrue(written.contains(Quad.create(G, D, NodeFactory.createURI("http://purl.org/dc/terms/title"), title)));
    }

    @Test
    void otherVocabulariesPassUnchanged() {
        Quad q = Quad.create(G, D, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralString("x"));
        out.quad(q);
        assertEquals(List.of(q), written);
    }
}
