package nl.kamergraaf.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The SHACL shapes of the ontology: one file per ontology module, read from the classpath. A module's shapes file
 * is optional, so an engineer adds {@code parlement-shapes.ttl} beside the others and it is used from then on.
 */
public final class Shapes {
    public static final String FOLDER = "/nl/kamergraaf/shapes/";
    /** The shapes file of each ontology module, in the order of {@link Ontology#MODULES}; missing ones are skipped. */
    public static final List<String> FILES = List.of(
            FOLDER + "kamergraaf-shapes.ttl",
            FOLDER + "parlement-shapes.ttl",
            FOLDER + "documenten-shapes.ttl",
            FOLDER + "organen-shapes.ttl",
            FOLDER + "tekst-shapes.ttl");
    /** The namespace of the shapes themselves. */
    public static final String NS = "https://w3id.org/kamergraaf/def/shapes#";

    private Shapes() {}

    /** The shapes files that exist on the classpath. */
    public static List<String> present() {
        List<String> present = new ArrayList<>();
        for (String file : FILES) {
            if (Shapes.class.getResource(file) != null) present.add(file);
        }
        return present;
    }

    /** All shapes as one fresh model. */
    public static Model load() {
        Model model = ModelFactory.createDefaultModel();
        for (String file : present()) {
            try (InputStream in = Ontology.open(file)) {
                RDFParser.source(in).lang(Lang.TURTLE).base(NS).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    /** The shapes compiled for Jena SHACL. */
    public static org.apache.jena.shacl.Shapes compile() {
        return org.apache.jena.shacl.Shapes.parse(load().getGraph());
    }
}
