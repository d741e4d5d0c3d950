package nl.kamergraaf.server.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** The DCAT-AP-NL 3.0 mandatory-property checks (one SHACL node shape per class), and validation against them. */
public final class DcatApNlShapes {
    public static final String RESOURCE = "/nl/kamergraaf/server/release/dcat-ap-nl-shapes.ttl";

    private DcatApNlShapes() {}

    public static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = DcatApNlShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("Missing from the classpath: " + RESOURCE);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    public static ValidationReport validate(Model catalog) {
        return ShaclValidator.get().validate(Shapes.parse(graph()), catalog.getGraph());
    }
}
