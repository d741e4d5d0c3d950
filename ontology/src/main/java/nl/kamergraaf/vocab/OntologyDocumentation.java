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
 * What the ontology's documentation shows, read from the Turtle as plain values (the server renders it as the HTML
 * page {@code /def}): every class, property and concept scheme with its labels (nl, en), comments, what it
 * specialises, domain and range, the module that declares it, and an example. Anchors are the local names
 * ({@code Document}, {@code titel}) and {@code scheme-documentsoort}, so {@code /def#titel} leads to a term. Values are
 * text as it is in the Turtle: escaping is the page's business.
 *
 * @param title the ontology's Dutch label
 * @param comments the ontology's comments, Dutch first
 * @param versions its owl:versionInfo
 * @param licenses its dct:license
 * @param queryExample a query written with standard terms that finds the data without inference
 */
public record OntologyDocumentation(String title, List<Text> comments, String namespace, String prefix,
        List<String> versions, List<Value> licenses, String queryExample,
        List<Term> classes, List<Term> properties, List<Scheme> schemes) {

    /** A text in a language. */
    public record Text(String lang, String text) {}

    /**
     * A value of a relation: an IRI by its prefixed name with where it is documented (a kg: term's anchor on the
     * page, {@code #titel}; any other IRI itself), or a literal or blank node as text with no {@code href}.
     */
    public record Value(String text, String href) {}

    /** A named list of values: "Specialiseert / specialises" and its terms. */
    public record Relation(String name, List<Value> values) {}

    /**
     * A class or property. {@code labelEn}, {@code kind} (properties: their RDF types) and {@code module} may be empty
     * or null; {@code example} is a line or two of Turtle using the term.
     */
    public record Term(String localName, String iri, String curie, String labelNl, String labelEn, List<Text> comments,
            String kind, List<Relation> relations, String module, String example) {}

    /** A concept scheme of an enumeration, with its concepts in IRI order; {@code name} is its anchor's suffix. */
    public record Scheme(String name, String iri, String labelNl, String labelEn, List<Text> comments, List<Concept> concepts) {}

    /** A concept: the value the API uses ({@code notation}), its labels and IRI; {@code anchor} is its row's id. */
    public record Concept(String anchor, String notation, String labelNl, String labelEn, String iri) {}

    private static final PrefixMapping PREFIXES = Prefixes.mapping(KG.PREFIX, "rdf", "rdfs", "dc", "owl", "xsd", "skos", "dct",
            "eli", "foaf", "schema", "org", "person", "opengov", "cito", "fabio", "prov", "time").lock();

    private static final String QUERY_EXAMPLE = Prefixes.sparql("eli", "org", "foaf") + """
            SELECT ?document ?title ?signatory WHERE {
              ?document a eli:Work ; eli:title ?title .
              OPTIONAL { ?document <http://purl.org/dc/terms/creator> ?person . ?person foaf:name ?signatory }
            }""";

    /** The documentation of the published ontology, each term with the module file that declares it. */
    public static OntologyDocumentation ofOntology() {
        Map<String, String> modules = new HashMap<>();
        Model all = Ontology.load();
        for (String module : Ontology.MODULES) {
            String file = module.substring(module.lastIndexOf('/') + 1);
            Ontology.loadResource(module).listSubjects().forEachRemaining(s -> {
                if (s.isURIResource()) modules.putIfAbsent(s.getURI(), file);
            });
        }
        return of(all, modules::get);
    }

    /** The documentation of any ontology model; {@code moduleOf} names the file of a term, or gives null. */
    public static OntologyDocumentation of(Model ontology, Function<String, String> moduleOf) {
        return new Reader(ontology, moduleOf).read();
    }

    /** Reads the documentation from one model. */
    private static final class Reader {
        private final Model ontology;
        private final Function<String, String> moduleOf;
        /** What each term specialises, transitively: the triples the mapper adds beside a kg: statement. */
        private final SuperTerms superTerms;

        Reader(Model ontology, Function<String, String> moduleOf) {
            this.ontology = ontology;
            this.moduleOf = moduleOf;
            this.superTerms = SuperTerms.of(ontology);
        }

        OntologyDocumentation read() {
            Resource header = ontology.createResource(KG.ONTOLOGY_IRI);
            List<Resource> classes = terms(OWL.Class);
            List<Resource> properties = terms(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);
            List<Resource> schemes = ontology.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                    .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
            return new OntologyDocumentation(label(header, "nl").orElse("Kamergraaf-ontologie"), comments(header),
                    KG.NS, KG.PREFIX,
                    header.listProperties(OWL.versionInfo).toList().stream().map(v -> v.getString()).toList(),
                    header.listProperties(DCTerms.license).toList().stream().map(v -> value(v.getObject())).toList(),
                    QUERY_EXAMPLE,
                    classes.stream().map(c -> classTerm(c, properties)).toList(),
                    properties.stream().map(this::propertyTerm).toList(),
                    schemes.stream().map(this::scheme).toList());
        }

        private Term classTerm(Resource c, List<Resource> properties) {
            List<Node> generalisations = superTerms.superClassesOf(c.asNode());
            // A class has the properties declared on it and on its kg: superclasses (a Brief has a Document's titel).
            List<Resource> own = properties.stream().filter(p -> p.hasProperty(RDFS.domain, c)
                    || generalisations.stream().anyMatch(g -> p.hasProperty(RDFS.domain, ontology.createResource(g.getURI()))))
                    .toList();
            List<Relation> relations = new ArrayList<>();
            relation(relations, "Specialiseert / specialises", objects(c, RDFS.subClassOf));
            relation(relations, "Gelijk aan / equivalent to", objects(c, OWL.equivalentClass));
            relation(relations, "Subklassen / subclasses", ontology.listSubjectsWithProperty(RDFS.subClassOf, c).toList().stream()
                    .map(r -> (RDFNode) r).sorted(Comparator.comparing(RDFNode::toString)).toList());
            relation(relations, "Alle generalisaties / all generalisations", nodes(generalisations));
            relation(relations, "Eigenschappen / properties", own.stream().map(p -> (RDFNode) p).toList());
            StringBuilder ex = new StringBuilder("<https://example.org/id/voorbeeld> a " + curie(c.getURI()));
            for (Resource p : own) ex.append(" ;\n    ").append(curie(p.getURI())).append(' ').append(exampleValue(p));
            return term(c, null, relations, ex.append(" .").toString());
        }

        private Term propertyTerm(Resource p) {
            List<String> kinds = new ArrayList<>();
            p.listProperties(RDF.type).forEachRemaining(t -> kinds.add(curie(t.getResource().getURI())));
            List<Relation> relations = new ArrayList<>();
            relation(relations, "Specialiseert / specialises", objects(p, RDFS.subPropertyOf));
            relation(relations, "Alle generalisaties / all generalisations", nodes(superTerms.superPropertiesOf(p.asNode())));
            relation(relations, "Gelijk aan / equivalent to", objects(p, OWL.equivalentProperty));
            relation(relations, "Domein / domain", objects(p, RDFS.domain));
            relation(relations, "Bereik / range", objects(p, RDFS.range));
            return term(p, String.join(", ", kinds), relations,
                    "<https://example.org/id/voorbeeld> " + curie(p.getURI()) + " " + exampleValue(p) + " .");
        }

        private Term term(Resource t, String kind, List<Relation> relations, String example) {
            String local = t.getURI().substring(KG.NS.length());
            return new Term(local, t.getURI(), KG.PREFIX + ":" + local, label(t, "nl").orElse(local),
                    label(t, "en").orElse(""), comments(t), kind, relations, moduleOf.apply(t.getURI()), example);
        }

        private Scheme scheme(Resource s) {
            String name = s.getURI().startsWith(KG.SCHEME_BASE) ? s.getURI().substring(KG.SCHEME_BASE.length()) : s.getURI();
            List<Concept> concepts = ontology.listSubjectsWithProperty(SKOS.inScheme, s).toList().stream()
                    .sorted(Comparator.comparing(Resource::getURI))
                    .map(c -> new Concept(name + "-" + c.getURI().substring(c.getURI().lastIndexOf('/') + 1),
                            c.hasProperty(SKOS.notation) ? c.getProperty(SKOS.notation).getString() : "",
                            text(c, SKOS.prefLabel, "nl").orElse(""), text(c, SKOS.prefLabel, "en").orElse(""), c.getURI()))
                    .toList();
            return new Scheme(name, s.getURI(), text(s, SKOS.prefLabel, "nl").orElse(name),
                    text(s, SKOS.prefLabel, "en").orElse(""), comments(s), concepts);
        }

        private static List<Text> comments(Resource r) {
            List<Text> comments = new ArrayList<>();
            for (String lang : List.of("nl", "en")) text(r, RDFS.comment, lang).ifPresent(c -> comments.add(new Text(lang, c)));
            return comments;
        }

        private static void relation(List<Relation> relations, String name, List<? extends RDFNode> values) {
            if (!values.isEmpty()) relations.add(new Relation(name, values.stream().map(Reader::value).toList()));
        }

        private List<RDFNode> nodes(List<Node> iris) {
            return iris.stream().map(n -> (RDFNode) ontology.createResource(n.getURI())).toList();
        }

        private static List<RDFNode> objects(Resource r, Property p) {
            return r.listProperties(p).toList().stream().map(s -> s.getObject())
                    .sorted(Comparator.comparing(RDFNode::toString)).toList();
        }

        /** A kg: term links to its anchor on the page, any other IRI to itself, shown as a prefixed name. */
        private static Value value(RDFNode n) {
            if (!n.isURIResource()) return new Value(n.toString(), null);
            String iri = n.asResource().getURI();
            return new Value(curie(iri), iri.startsWith(KG.NS) ? "#" + iri.substring(KG.NS.length()) : iri);
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
    }
}
