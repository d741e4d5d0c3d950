package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Ontology;
import nl.kamergraaf.vocab.OntologyDocumentation;

/** The ontology's HTML documentation, read as a browser reads it (parsed), against the Turtle it comes from. */
class OntologyPageTest {
    static final Document PAGE = Jsoup.parse(OntologyPage.ofOntology());

    @Test
    void thePageRendersEveryTermWithItsAnchorLabelsAndComment() {
        Model ontology = Ontology.load();
        List<String> missing = new ArrayList<>();
        for (var type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            for (Resource t : ontology.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (!t.getURI().startsWith(KG.NS)) continue;
                String local = t.getURI().substring(KG.NS.length());
                Element section = PAGE.getElementById(local);
                if (section == null || !section.is("section.term")) {
                    missing.add(local + ": no section");
                    continue;
                }
                String heading = section.selectFirst("h3").text();
                for (var label : t.listProperties(RDFS.label).toList()) {
                    if (!heading.contains(label.getString())) missing.add(local + ": label " + label.getString());
                }
                String comment = t.getProperty(RDFS.comment).getString();
                if (section.select("p[lang]").stream().noneMatch(p -> p.wholeText().equals(comment))) missing.add(local + ": comment");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void thePageShowsAlignmentsModulesAndEverySchemeConcept() {
        Element work = PAGE.selectFirst("a[href=http://data.europa.eu/eli/ontology#Work]");
        assertNotNull(work, "a link to eli:Work");
        assertEquals("eli:Work", work.selectFirst("code").text());
        assertFalse(PAGE.select("dd > code:containsOwn(organen.ttl)").isEmpty(), "the module that declares a term");
        for (Resource c : Ontology.load().listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            assertFalse(PAGE.select("td > code").stream().noneMatch(code -> code.text().equals(c.getURI())), c.getURI());
        }
    }

    @Test
    void aSubclassShowsItsInheritedPropertiesAndEveryGeneralisation() {
        Element brief = PAGE.getElementById("Brief");
        assertNotNull(brief.selectFirst("a[href=#documentnummer]"), "kg:Brief inherits kg:documentnummer from kg:Document");
        assertFalse(brief.select("code:containsOwn(eli:Work)").isEmpty(), "kg:Brief is an eli:Work through kg:Document");
        assertTrue(brief.selectFirst("pre").wholeText().contains("kg:documentnummer \"…\""), "the example uses the inherited property");
    }

    @Test
    void theValuesOfARelationAreSeparatedByCommas() {
        Element generalisations = PAGE.getElementById("Brief").select("dt:containsOwn(Alle generalisaties)").first().nextElementSibling();
        assertTrue(generalisations.select("a").size() > 1, generalisations.outerHtml());
        assertEquals(generalisations.select("a").size() - 1, generalisations.ownText().chars().filter(c -> c == ',').count(),
                generalisations.outerHtml());
    }

    @Test
    void markupInTheTurtleIsEscapedNotInterpreted() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(KG.NS + "Gevaar").addProperty(RDF.type, OWL.Class)
                .addProperty(RDFS.label, "<script>alert('x')</script>", "nl")
                .addProperty(RDFS.comment, "A & B \"quoted\" <b>bold</b>", "en");
        String html = OntologyPage.render(OntologyDocumentation.of(m, iri -> null));
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script").isEmpty(), "no script element: " + html);
        assertTrue(page.select("main b").isEmpty(), "no bold element from the comment");
        Element section = page.getElementById("Gevaar");
        assertTrue(section.selectFirst("h3").text().startsWith("<script>alert('x')</script>"), section.outerHtml());
        assertEquals("A & B \"quoted\" <b>bold</b>", section.selectFirst("p[lang=en]").text());
    }

    @Test
    void thePageIsInTheSharedFrameWithTheSearchBox() {
        assertNotNull(PAGE.selectFirst("header form[action=/zoek] input[name=q]"), "the search box of every page");
        assertTrue(PAGE.title().startsWith(OntologyDocumentation.ofOntology().title()), PAGE.title());
    }
}
