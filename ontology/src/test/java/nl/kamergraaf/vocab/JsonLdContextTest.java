package nl.kamergraaf.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class JsonLdContextTest {
    private final String context = JsonLdContext.ofOntology();

    @Test
    void everyTermOfTheOntologyIsInTheContext() {
        JsonObject ctx = JSON.parse(context).get("@context").getAsObject();
        Model ontology = Ontology.load();
        List<String> missing = new ArrayList<>();
        for (var type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(t -> {
                if (t.getURI().startsWith(KG.NS) && !ctx.hasKey(t.getURI().substring(KG.NS.length()))) missing.add(t.getURI());
            });
        }
        assertTrue(missing.isEmpty(), "Terms missing from context.jsonld: " + missing);
    }

    @Test
    void aJsonLdDocumentWithTheContextReadsAsKamergraafTriplesWithTheirDatatypes() {
        String doc = "{\"@context\": " + JSON.parse(context).get("@context") + ", "
                + "\"@id\": \"http://localhost:3030/id/document/2024D50227\", \"@type\": \"Brief\", "
                + "\"datum\": \"2024-12-16\", \"versienummer\": \"2\", "
                + "\"zaak\": \"http://localhost:3030/id/zaak/2024Z21275\"}";
        Graph g = RDFParser.fromString(doc, Lang.JSONLD).toGraph();
        var d = NodeFactory.createURI("http://localhost:3030/id/document/2024D50227");
        assertTrue(g.contains(d, RDF.type.asNode(), KG.Brief), g.toString());
        assertTrue(g.contains(d, KG.datum, NodeFactory.createLiteralDT("2024-12-16", XSDDatatype.XSDdate)), g.toString());
        assertTrue(g.contains(d, KG.versienummer, NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger)), g.toString());
        assertTrue(g.contains(d, KG.zaak, NodeFactory.createURI("http://localhost:3030/id/zaak/2024Z21275")), g.toString());
    }
}
