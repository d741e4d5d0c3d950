package nl.kamergraaf.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The human documentation of the ontology: one HTML page, generated from the Turtle, with every class, property and
 * concept scheme: labels (nl, en), comments, what each specialises, domain and range, the module that declares it,
 * and an example. Anchors are the local names ({@code #Document}, {@code #titel}) and {@code #scheme-documentsoort},
 * so {@code /def#titel} leads to a term. Every value from the Turtle is HTML-escaped.
 */
public final class OntologyDocumentation {
    private static final PrefixMapping PREFIXES = Prefixes.mapping(KG.PREFIX, "rdf", "rdfs", "dc", "owl", "xsd", "skos", "dct",
            "eli", "foaf", "schema", "org", "person", "opengov", "cito", "fabio", "prov", "time").lock();

    private static final String QUERY_EXAMPLE = Prefixes.sparql("eli", "org", "foaf") + """
            SELECT ?document ?title ?signatory WHERE {
              ?document a eli:Work ; eli:title ?title .
              OPTIONAL { ?document <http://purl.org/dc/terms/creator> ?person . ?person foaf:name ?signatory }
            }""";

    private final Model ontology;
    private final Function<String, String> moduleOf;
    /** What each term specialises, transitively: the triples the mapper adds beside a kg: statement. */
    private final SuperTerms superTerms;

    private OntologyDocumentation(Model ontology, Function<String, String> moduleOf) {
        this.ontology = ontology;
        this.moduleOf = moduleOf;
        this.superTerms = SuperTerms.of(ontology);
    }

    /** The page for the published ontology, each term with the module file that declares it. */
    public static String ofOntology() {
        Map<String, String> modules = new HashMap<>();
        Model all = Ontology.load();
        for (String module : Ontology.MODULES) {
            String file = module.substring(module.lastIndexOf('/') + 1);
            Ontology.loadResource(module).listSubjects().forEachRemaining(s -> {
                if (s.isURIResource()) modules.putIfAbsent(s.getURI(), file);
            });
        }
        return render(all, modules::get);
    }

    /** Renders a page for any ontology model; {@code moduleOf} names the file of a term, or gives null. */
    public static String render(Model ontology, Function<String, String> moduleOf) {
        return new OntologyDocumentation(ontology, moduleOf).page();
    }

    private String page() {
        Resource header = ontology.createResource(KG.ONTOLOGY_IRI);
        List<Resource> classes = terms(OWL.Class);
        List<Resource> properties = terms(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);
        List<Resource> schemes = ontology.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = label(header, "nl").orElse("Kamergraaf-ontologie");
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .append("<title>").append(esc(title)).append("</title>\n")
         .append("<link rel=\"alternate\" type=\"text/turtle\" href=\"def.ttl\">\n")
         .append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.45}")
         .append("section.term{border-top:1px solid #ccc;padding-top:.5rem}dt{font-weight:bold}code{background:#f4f4f4}")
         .append("pre{background:#f4f4f4;padding:.5rem;overflow-x:auto}table{border-collapse:collapse}")
         .append("td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}</style>\n")
         .append("</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
        comments(h, header);
        h.append("<dl>\n");
        dd(h, "Namespace", "<code>" + esc(KG.NS) + "</code> (prefix <code>" + esc(KG.PREFIX) + ":</code>)");
        header.listProperties(OWL.versionInfo).forEachRemaining(v -> dd(h, "Versie / version", esc(v.getString())));
        header.listProperties(DCTerms.license).forEachRemaining(v -> dd(h, "Licentie / license", link(v.getObject())));
        dd(h, "Formaten / formats", "<a href=\"def.ttl\">Turtle</a> · <a href=\"def/context.jsonld\">JSON-LD context</a> · "
                + "<a href=\"def/shapes.ttl\">SHACL shapes</a>");
        h.append("</dl>\n<h2 id=\"bevragen\">Bevragen / querying</h2>\n<p lang=\"en\">Every kg: statement in the data is ")
         .append("accompanied by the statements with all the terms it specialises (listed per term below as <em>all ")
         .append("generalisations</em>), so a query written with ELI, Popolo, ORG, FOAF, schema.org or Dublin Core terms ")
         .append("finds the data without inference:</p>\n<pre>")
         .append(esc(QUERY_EXAMPLE)).append("</pre>\n");
        h.append("<nav><h2>Inhoud / contents</h2>\n<p><a href=\"#klassen\">Klassen / classes</a> (")
         .append(classes.size()).append(") · <a href=\"#eigenschappen\">Eigenschappen / properties</a> (")
         .append(properties.size()).append(") · <a href=\"#schemas\">Begrippenschema's / concept schemes</a> (")
         .append(schemes.size()).append(")</p>\n<p>");
        for (Resource c : classes) h.append(anchorLink(c)).append(' ');
        h.append("</p>\n<p>");
        for (Resource p : properties) h.append(anchorLink(p)).append(' ');
        h.append("</p>\n</nav>\n<h2 id=\"klassen\">Klassen / classes</h2>\n");
        for (Resource c : classes) classSection(h, c, properties);
        h.append("<h2 id=\"eigenschappen\">Eigenschappen / properties</h2>\n");
        for (Resource p : properties) propertySection(h, p);
        h.append("<h2 id=\"schemas\">Begrippenschema's / concept schemes</h2>\n");
        for (Resource s : schemes) schemeSection(h, s);
        return h.append("</body>\n</html>\n").toString();
    }

    private void classSection(StringBuilder h, Resource c, List<Resource> properties) {
        termHeading(h, c);
        h.append("<dl>\n");
        dd(h, "IRI", "<code>" + esc(c.getURI()) + "</code>");
        list(h, "Specialiseert / specialises", objects(c, RDFS.subClassOf));
        list(h, "Gelijk aan / equivalent to", objects(c, OWL.equivalentClass));
        list(h, "Subklassen / subclasses", ontology.listSubjectsWithProperty(RDFS.subClassOf, c).toList().stream()
                .map(r -> (RDFNode) r).sorted(Comparator.comparing(RDFNode::toString)).toList());
        List<Node> generalisations = superTerms.superClassesOf(c.asNode());
        list(h, "Alle generalisaties / all generalisations", generalisations.stream()
                .map(n -> (RDFNode) ontology.createResource(n.getURI())).toList());
        // A class has the properties declared on it and on its kg: superclasses (a Brief has a Document's titel).
        List<Resource> own = properties.stream().filter(p -> p.hasProperty(RDFS.domain, c)
                || generalisations.stream().anyMatch(g -> p.hasProperty(RDFS.domain, ontology.createResource(g.getURI()))))
                .toList();
        list(h, "Eigenschappen / properties", own.stream().map(p -> (RDFNode) p).toList());
        module(h, c);
        h.append("</dl>\n<p>Voorbeeld / example:</p>\n<pre>");
        StringBuilder ex = new StringBuilder("<https://example.org/id/voorbeeld> a " + curie(c.getURI()));
        for (Resource p : own) ex.append(" ;\n    ").append(curie(p.getURI())).append(' ').append(exampleValue(p));
        h.append(esc(ex.append(" .").toString())).append("</pre>\n</section>\n");
    }

    private void propertySection(StringBuilder h, Resource p) {
        termHeading(h, p);
        h.append("<dl>\n");
        dd(h, "IRI", "<code>" + esc(p.getURI()) + "</code>");
        List<String> kinds = new ArrayList<>();
        p.listProperties(RDF.type).forEachRemaining(t -> kinds.add(curie(t.getResource().getURI())));
        dd(h, "Soort / kind", esc(String.join(", ", kinds)));
        list(h, "Specialiseert / specialises", objects(p, RDFS.subPropertyOf));
        list(h, "Alle generalisaties / all generalisations", superTerms.superPropertiesOf(p.asNode()).stream()
                .map(n -> (RDFNode) ontology.createResource(n.getURI())).toList());
        list(h, "Gelijk aan / equivalent to", objects(p, OWL.equivalentProperty));
        list(h, "Domein / domain", objects(p, RDFS.domain));
        list(h, "Bereik / range", objects(p, RDFS.range));
        module(h, p);
        h.append("</dl>\n<p>Voorbeeld / example:</p>\n<pre>")
         .append(esc("<https://example.org/id/voorbeeld> " + curie(p.getURI()) + " " + exampleValue(p) + " ."))
         .append("</pre>\n</section>\n");
    }

    private void schemeSection(StringBuilder h, Resource s) {
        String name = s.getURI().startsWith(KG.SCHEME_BASE) ? s.getURI().substring(KG.SCHEME_BASE.length()) : s.getURI();
        h.append("<section class=\"term\" id=\"scheme-").append(esc(name)).append("\">\n<h3>")
         .append(esc(text(s, SKOS.prefLabel, "nl").orElse(name))).append(" <small>")
         .append(esc(text(s, SKOS.prefLabel, "en").orElse(""))).append("</small> <code>").append(esc(s.getURI()))
         .append("</code></h3>\n");
        comments(h, s);
        List<Resource> concepts = ontology.listSubjectsWithProperty(SKOS.inScheme, s).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        h.append("<table>\n<tr><th>Waarde in de API / API value</th><th>nl</th><th>en</th><th>IRI</th></tr>\n");
        for (Resource c : concepts) {
            String slug = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
            h.append("<tr id=\"").append(esc(name + "-" + slug)).append("\"><td><code>")
             .append(esc(c.hasProperty(SKOS.notation) ? c.getProperty(SKOS.notation).getString() : ""))
             .append("</code></td><td>").append(esc(text(c, SKOS.prefLabel, "nl").orElse("")))
             .append("</td><td>").append(esc(text(c, SKOS.prefLabel, "en").orElse("")))
             .append("</td><td><code>").append(esc(c.getURI())).append("</code></td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private void termHeading(StringBuilder h, Resource t) {
        String local = t.getURI().substring(KG.NS.length());
        h.append("<section class=\"term\" id=\"").append(esc(local)).append("\">\n<h3>")
         .append(esc(label(t, "nl").orElse(local))).append(" <small>").append(esc(label(t, "en").orElse("")))
         .append("</small> <code>").append(esc(KG.PREFIX + ":" + local)).append("</code></h3>\n");
        comments(h, t);
    }

    private void comments(StringBuilder h, Resource r) {
        for (String lang : List.of("nl", "en")) {
            Optional<String> c = text(r, RDFS.comment, lang);
            c.ifPresent(s -> h.append("<p lang=\"").append(lang).append("\">").append(esc(s)).append("</p>\n"));
        }
    }

    private void module(StringBuilder h, Resource t) {
        String module = moduleOf.apply(t.getURI());
        if (module != null) dd(h, "Module", "<code>" + esc(module) + "</code>");
    }

    private static void dd(StringBuilder h, String term, String html) {
        h.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private void list(StringBuilder h, String term, List<? extends RDFNode> values) {
        if (values.isEmpty()) return;
        dd(h, term, String.join(", ", values.stream().map(this::link).toList()));
    }

    private List<RDFNode> objects(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getObject())
                .sorted(Comparator.comparing(RDFNode::toString)).toList();
    }

    /** A kg: term links to its anchor on this page, any other IRI to itself, shown as a prefixed name. */
    private String link(RDFNode n) {
        if (!n.isURIResource()) return esc(n.toString());
        String iri = n.asResource().getURI();
        String href = iri.startsWith(KG.NS) ? "#" + iri.substring(KG.NS.length()) : iri;
        return "<a href=\"" + esc(href) + "\"><code>" + esc(curie(iri)) + "</code></a>";
    }

    private String anchorLink(Resource t) {
        String local = t.getURI().substring(KG.NS.length());
        return "<a href=\"#" + esc(local) + "\">" + esc(local) + "</a>";
    }

    private String exampleValue(Resource p) {
        if (p.hasProperty(RDF.type, OWL.ObjectProperty)) {
            Resource range = p.getPropertyResourceValue(RDFS.range);
            if (range != null && range.equals(SKOS.Concept)) return "<" + KG.SCHEME_BASE + "…/…>";
            return "<https://example.org/id/…>";
        }
        Resource range = p.getPropertyResourceValue(RDFS.range);
        if (range == null || range.equals(RDF.langString)) return "\"…\"@nl";
        if (range.equals(XSD.date)) return "\"2024-12-16\"^^xsd:date";
        if (range.equals(XSD.dateTime)) return "\"2024-12-17T12:08:00+01:00\"^^xsd:dateTime";
        if (range.equals(XSD.integer)) return "29";
        if (range.equals(XSD.xboolean)) return "true";
        return "\"…\"";
    }

    private List<Resource> terms(Resource... types) {
        List<Resource> out = new ArrayList<>();
        for (Resource type : types) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(KG.NS) && !out.contains(s)) out.add(s);
            });
        }
        out.sort(Comparator.comparing(r -> r.getURI().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private static Optional<String> label(Resource r, String lang) {
        return text(r, RDFS.label, lang);
    }

    private static Optional<String> text(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(s -> s.getObject())
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> lang.equals(l.getLanguage())).map(Literal::getLexicalForm).sorted().findFirst();
    }

    private static String curie(String iri) {
        String short_ = PREFIXES.shortForm(iri);
        return short_.equals(iri) ? "<" + iri + ">" : short_;
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        return nl.kamergraaf.html.Html.escape(s);
    }
}
