package nl.kamergraaf.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Ontology;
import nl.kamergraaf.vocab.DataInvariants;
import nl.kamergraaf.vocab.InvariantViolation;
import nl.kamergraaf.vocab.ShapeValidator;
import nl.kamergraaf.vocab.ShapeViolation;
import nl.kamergraaf.vocab.Shapes;

/**
 * The ontology as a contract for the mapper: everything the mapper writes from the bundled data/ uses only declared
 * kg: terms, conforms to the SHACL shapes, and can be queried with the standard terms the ontology aligns to.
 * Because it maps all of data/ with all default source mappers, it checks every engineer's mapping after a merge.
 */
class MappedDataMatchesOntologyTest {
    private static final Logger LOG = LoggerFactory.getLogger(MappedDataMatchesOntologyTest.class);
    static DatasetGraph mapped;

    @BeforeAll
    static void mapBundledData() throws Exception {
        mapped = DatasetGraphFactory.createTxnMem();
        KamergraafMapper.create().source(ProjectFiles.dataDir()).build().map(StreamRDFLib.dataset(mapped));
    }

    @Test
    void mapperEmitsOnlyClassesAndPropertiesTheOntologyDeclares() {
        Model ontology = Ontology.load();
        Set<String> undeclared = new TreeSet<>();
        mapped.find().forEachRemaining(q -> {
            if (q.getGraph().getURI().endsWith("/graph/ontology")) return;
            Node p = q.getPredicate();
            if (isKg(p) && !declared(ontology, p, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                    RDF.Property)) {
                undeclared.add("property " + p.getURI());
            }
            if (p.equals(RDF.type.asNode()) && isKg(q.getObject()) && !declared(ontology, q.getObject(), OWL.Class)) {
                undeclared.add("class " + q.getObject().getURI());
            }
        });
        assertTrue(undeclared.isEmpty(), "The mapper emits kg: terms the ontology does not declare: " + undeclared);
    }

    @Test
    void mappedBundledDataConformsToEveryShape() {
        List<ShapeViolation> results = ShapeValidator.ofOntology().validate(mapped.getUnionGraph());
        results.stream().filter(r -> !r.isViolation()).forEach(r -> LOG.warn("{}", r.readable()));
        List<ShapeViolation> violations = results.stream().filter(ShapeViolation::isViolation).toList();
        assertTrue(violations.isEmpty(), () -> violations.size() + " SHACL violation(s):\n"
                + String.join("\n", violations.stream().map(ShapeViolation::readable).toList()));
    }

    @Test
    void theDataInvariantsHoldOnTheMappedBundledData() {
        // Vote totals within 150 seats, a member's vote weighing 1, one fractie size per sitting, one label per
        // language, every concept on its scheme's list: for all data, not only for answers expected of ours.
        assertEquals(List.of(), DataInvariants.ofOntology().check(mapped).stream().map(InvariantViolation::readable).toList());
    }

    @Test
    void everyClassTheMapperEmitsIsTargetedByAShape() {
        Set<String> emitted = new TreeSet<>();
        String query = """
                SELECT DISTINCT ?c WHERE {
                  GRAPH ?g { ?s a ?c } FILTER(?g != <http://localhost:3030/graph/ontology>)
                  FILTER(STRSTARTS(STR(?c), "https://w3id.org/kamergraaf/def#"))
                }""";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(mapped)).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> emitted.add(row.getResource("c").getURI()));
        }
        Model shapes = Shapes.load();
        Property targetClass = shapes.createProperty("http://www.w3.org/ns/shacl#targetClass");
        Set<String> targeted = new TreeSet<>();
        shapes.listObjectsOfProperty(targetClass).forEachRemaining(c -> targeted.add(c.asResource().getURI()));
        assertTrue(emitted.size() > 20, "the bundled data should give many classes, got " + emitted);
        Set<String> withoutShape = new TreeSet<>(emitted);
        withoutShape.removeAll(targeted);
        assertTrue(withoutShape.isEmpty(), "Classes the mapper emits on data/ that no shape targets (add a NodeShape "
                + "with sh:targetClass to the module's shapes file): " + withoutShape);
    }

    @Test
    void everyConceptTheMapperUsesIsInItsConceptScheme() {
        Dataset ds = DatasetFactory.wrap(mapped);
        String query = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?c WHERE {
                  GRAPH ?g { ?s ?p ?c } FILTER(?g != <http://localhost:3030/graph/ontology>)
                  FILTER(?p != skos:inScheme && STRSTARTS(STR(?c), "https://w3id.org/kamergraaf/def/"))
                  FILTER NOT EXISTS { GRAPH <http://localhost:3030/graph/ontology> { ?c a skos:Concept ; skos:inScheme ?scheme } }
                } ORDER BY ?c""";
        Set<String> missing = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> missing.add(row.getResource("c").getURI()));
        }
        assertTrue(missing.isEmpty(), "Concepts used by the mapper but absent from the ontology's schemes: " + missing);
    }

    @Test
    void theSeedLetterIsFoundWithEliTerms() {
        String query = """
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT ?t WHERE {
                  <http://localhost:3030/id/document/2024D50227> a eli:Work , schema:CreativeWork ; eli:title ?t ;
                      eli:date_document ?date ; eli:is_part_of <http://localhost:3030/id/dossier/33009> .
                }""";
        try (QueryExecution qe = QueryExecution.model(union()).query(query).build()) {
            var rows = qe.execSelect();
            assertTrue(rows.hasNext(), "2024D50227 is not found as an eli:Work with an eli:title");
            assertEquals("Innovatiebeleid", rows.next().getLiteral("t").getLexicalForm());
        }
    }

    @Test
    void theSignatoryAndHisPostAreFoundWithDublinCoreOrgAndFoafTerms() {
        String query = """
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX person: <http://www.w3.org/ns/person#>
                ASK {
                  ?post a org:Post ; org:heldBy ?minister .
                  ?minister a person:Person , foaf:Person ; foaf:name "D.S. Beljaarts" .
                  <http://localhost:3030/id/document/2024D50227> <http://purl.org/dc/terms/creator> ?minister .
                }""";
        try (QueryExecution qe = QueryExecution.model(union()).query(query).build()) {
            assertTrue(qe.execAsk(), "the signing minister and his post are not found with dct:, org: and foaf: terms");
        }
    }

    /** The store's default graph is the union of the record graphs; so it is here. */
    private static Model union() {
        return ModelFactory.createModelForGraph(mapped.getUnionGraph());
    }

    private static boolean isKg(Node n) {
        return n.isURI() && n.getURI().startsWith(KG.NS);
    }

    private static boolean declared(Model ontology, Node term, Resource... types) {
        Resource r = ontology.createResource(term.getURI());
        for (Resource type : types) {
            if (r.hasProperty(RDF.type, type)) return true;
        }
        return false;
    }

}
