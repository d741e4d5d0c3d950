package nl.kamergraaf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.junit.jupiter.api.Test;

class PrefixesTest {

    @Test
    void everyPrefixAnOntologyModuleDeclaresIsInTheTableWithTheSameNamespace() {
        for (String module : Ontology.MODULES) {
            Model m = Ontology.loadResource(module);
            m.getNsPrefixMap().forEach((prefix, ns) -> {
                if (!prefix.isEmpty()) assertEquals(ns, Prefixes.namespace(prefix), module + " declares " + prefix);
            });
        }
    }

    @Test
    void theTableHoldsJenasStandardPrefixesUnchanged() {
        PrefixMapping.Standard.getNsPrefixMap().forEach((prefix, ns) -> assertEquals(ns, Prefixes.namespace(prefix), prefix));
    }

    @Test
    void noNamespaceHasTwoPrefixesButDublinCoreElements() {
        Map<String, List<String>> byNamespace = Prefixes.all().entrySet().stream()
                .collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        Map<String, List<String>> shared = new HashMap<>();
        byNamespace.forEach((ns, prefixes) -> {
            if (prefixes.size() > 1) shared.put(ns, prefixes.stream().sorted().toList());
        });
        assertEquals(Map.of("http://purl.org/dc/elements/1.1/", List.of("dc", "dc11")), shared);
    }

    @Test
    void aSparqlPrologueMakesPrefixedNamesReadAsTheirFullIris() {
        Query q = QueryFactory.create(Prefixes.sparql(KG.PREFIX, "dct", "schema")
                + "SELECT * { ?s kg:titel ?t ; dct:modified ?m ; schema:startDate ?d }");
        List<String> predicates = new java.util.ArrayList<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                for (TriplePath tp : el.getPattern().getList()) predicates.add(tp.getPredicate().getURI());
            }
        });
        assertEquals(List.of(KG.titel.getURI(), "http://purl.org/dc/terms/modified", "https://schema.org/startDate"), predicates);
    }

    @Test
    void aMappingHoldsExactlyThePrefixesAskedFor() {
        PrefixMapping m = Prefixes.mapping("rdfs", "void");
        assertEquals(Map.of("rdfs", "http://www.w3.org/2000/01/rdf-schema#", "void", "http://rdfs.org/ns/void#"), m.getNsPrefixMap());
        assertEquals("void:triples", m.shortForm("http://rdfs.org/ns/void#triples"));
    }

    @Test
    void anUnknownPrefixIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Prefixes.sparql("rdfs", "nope"));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}
