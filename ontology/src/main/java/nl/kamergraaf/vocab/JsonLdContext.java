package nl.kamergraaf.vocab;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The JSON-LD context of the vocabulary, generated from the ontology so it cannot miss a term: every kg: class and
 * property by its local name, object properties as {@code "@type": "@id"} and typed datatype properties with their
 * XSD datatype, so that {@code {"@context": ..., "datum": "2024-12-16"}} reads as an xsd:date.
 */
public final class JsonLdContext {
    /** The prefixes a JSON-LD author most often needs beside kg:. */
    private static final Map<String, String> PREFIXES = Prefixes.map(KG.PREFIX, "xsd", "rdfs", "skos", "dct", "prov");

    private JsonLdContext() {}

    /** The context of the published ontology. */
    public static String ofOntology() {
        return generate(Ontology.load());
    }

    public static String generate(Model ontology) {
        Map<String, String> entries = new TreeMap<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(term -> {
                if (!term.isURIResource() || !term.getURI().startsWith(KG.NS)) return;
                String name = term.getURI().substring(KG.NS.length());
                entries.put(name, definition(term, name));
            });
        }
        StringBuilder json = new StringBuilder("{\n  \"@context\": {\n");
        new TreeMap<>(PREFIXES).forEach((prefix, ns) -> json.append("    ").append(str(prefix)).append(": ").append(str(ns)).append(",\n"));
        int i = 0;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            json.append("    ").append(str(e.getKey())).append(": ").append(e.getValue());
            json.append(++i < entries.size() ? ",\n" : "\n");
        }
        return json.append("  }\n}\n").toString();
    }

    private static String definition(Resource term, String name) {
        String id = str(KG.PREFIX + ":" + name);
        if (term.hasProperty(RDF.type, OWL.ObjectProperty)) {
            return "{\"@id\": " + id + ", \"@type\": \"@id\"}";
        }
        Statement range = term.getProperty(RDFS.range);
        if (term.hasProperty(RDF.type, OWL.DatatypeProperty) && range != null && range.getObject().isURIResource()) {
            String r = range.getResource().getURI();
            // Plain strings and language-tagged strings need no @type: a JSON string is already one of them.
            if (r.startsWith(XSD.NS) && !r.equals(XSD.xstring.getURI())) {
                return "{\"@id\": " + id + ", \"@type\": " + str("xsd:" + r.substring(XSD.NS.length())) + "}";
            }
        }
        return id;
    }

    /** A JSON string literal. */
    static String str(String s) {
        return nl.kamergraaf.format.JsonStrings.quote(s);
    }
}
