package nl.kamergraaf.vocab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OntologyDocumentationTest {
    @Test
    void thePageRendersEveryTermWithItsAnchorLabelsAndComment() {
        String html = OntologyDocumentation.ofOntology();
        Model ontology = Ontology.load();
        List<String> missing = new ArrayList<>();
        for (var type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            for (Resource t : ontology.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (!t.getURI().startsWith(KG.NS)) continue;
                String local = t.getURI().substring(KG.NS.length());
                if (!html.contains("<section class=\"term\" id=\"" + local + "\">")) missing.add(local + ": no section");
                for (var label : t.listProperties(RDFS.label).toList()) {
                    if (!html.contains(OntologyDocumentation.esc(label.getString()))) missing.add(local + ": label " + label.getString());
                }
                String comment = t.getProperty(RDFS.comment).getString();
                if (!html.contains(OntologyDocumentation.esc(comment))) missing.add(local + ": comment");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void thePageShowsAlignmentsModulesAndEverySchemeConcept() {
        String html = OntologyDocumentation.ofOntology();
        assertTrue(html.contains("<a href=\"http://data.europa.eu/eli/ontology#Work\"><code>eli:Work</code></a>"));
        assertTrue(html.contains("<code>organen.ttl</code>"));
        for (Resource c : Ontology.load().listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            assertTrue(html.contains("<code>" + OntologyDocumentation.esc(c.getURI()) + "</code>"), c.getURI());
        }
    }

    @Test
    void aSubclassShowsItsInheritedPropertiesAndEveryGeneralisation() {
        String html = OntologyDocumentation.ofOntology();
        int start = html.indexOf("<section class=\"term\" id=\"Brief\">");
        String brief = html.substring(start, html.indexOf("</section>", start));
        assertTrue(brief.contains("<a href=\"#documentnummer\">"), "kg:Brief inherits kg:documentnummer from kg:Document");
        assertTrue(brief.contains("<code>eli:Work</code>"), "kg:Brief is an eli:Work through kg:Document");
        assertTrue(brief.contains("kg:documentnummer &quot;…&quot;"), "the example uses the inherited property");
    }

    @Test
    void markupInTheTurtleIsEscapedNotInterpreted() {
        Model m = ModelFactory.createDefaultModel();
        Resource t = m.createResource(KG.NS + "Gevaar").addProperty(RDF.type, OWL.Class)
                .addProperty(RDFS.label, "<script>alert('x')</script>", "nl")
                .addProperty(RDFS.comment, "A & B \"quoted\"", "en");
        String html = OntologyDocumentation.render(m, iri -> null);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("A &amp; B &quot;quoted&quot;"));
        assertTrue(t.hasProperty(RDF.type, OWL.Class));
    }
}
