package nl.kamergraaf.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Where the ontology and its companions live on the classpath, and how to read them. */
public final class Ontology {
    /** The core module, which holds the owl:Ontology header. */
    public static final String RESOURCE = "/nl/kamergraaf/ontology/kamergraaf.ttl";
    /** The modules whose union is the published ontology: one namespace, split by subject for editing. */
    public static final List<String> MODULES = List.of(
            RESOURCE,
            "/nl/kamergraaf/ontology/parlement.ttl",
            "/nl/kamergraaf/ontology/documenten.ttl",
            "/nl/kamergraaf/ontology/organen.ttl",
            "/nl/kamergraaf/ontology/tekst.ttl");

    private Ontology() {}

    /** The whole ontology (the union of its modules) as a fresh model; callers may change it. */
    public static Model load() {
        Model model = ModelFactory.createDefaultModel();
        for (String module : MODULES) model.add(loadResource(module));
        return model;
    }

    public static InputStream open(String resource) {
        InputStream in = Ontology.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Ontology resource missing from the classpath: " + resource);
        }
        return in;
    }

    static Model loadResource(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(KG.ONTOLOGY_IRI).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }
}
