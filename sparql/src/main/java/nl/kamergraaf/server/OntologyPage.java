package nl.kamergraaf.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.util.DecoratedCollection;

import nl.kamergraaf.vocab.OntologyDocumentation;
import nl.kamergraaf.vocab.OntologyDocumentation.Relation;
import nl.kamergraaf.vocab.OntologyDocumentation.Term;
import nl.kamergraaf.vocab.OntologyDocumentation.Value;

/**
 * The ontology's documentation as the HTML page {@code /def} ({@code ontology.mustache} in the shared frame): every
 * class, property and concept scheme with an anchor ({@code /def#titel}, {@code /def#scheme-documentsoort}), from
 * what {@link OntologyDocumentation} reads in the Turtle. The template engine escapes every value, so markup in a
 * label or comment shows as text.
 */
public final class OntologyPage {
    private OntologyPage() {}

    /** The page of the published ontology. */
    public static String ofOntology() {
        return render(OntologyDocumentation.ofOntology());
    }

    public static String render(OntologyDocumentation doc) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", doc.title());
        page.put("doc", doc);
        page.put("classes", doc.classes().stream().map(TermView::new).toList());
        page.put("properties", doc.properties().stream().map(TermView::new).toList());
        page.put("classCount", doc.classes().size());
        page.put("propertyCount", doc.properties().size());
        page.put("schemeCount", doc.schemes().size());
        return HtmlTemplates.render("ontology", page);
    }

    /** A term with its relations as the page lists them. */
    record TermView(Term term, List<RelationView> relations) {
        TermView(Term term) {
            this(term, term.relations().stream().map(RelationView::new).toList());
        }
    }

    /** A relation whose values know which is the first, so the template separates them with commas. */
    record RelationView(String name, DecoratedCollection<Value> values) {
        RelationView(Relation r) {
            this(r.name(), new DecoratedCollection<>(r.values()));
        }
    }
}
