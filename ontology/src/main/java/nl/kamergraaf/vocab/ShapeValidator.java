package nl.kamergraaf.vocab;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;

/** Validates data against the Kamergraaf shapes with Jena SHACL and reports the results readably, in a stable order. */
public final class ShapeValidator {
    private static final PrefixMapping PREFIXES = Prefixes.mapping(KG.PREFIX, "rdf", "rdfs", "dc", "owl", "xsd", "dct", "skos",
            "prov", "opengov", "org", "schema").lock();

    private final org.apache.jena.shacl.Shapes shapes;

    public ShapeValidator(org.apache.jena.shacl.Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator with every shapes file of the ontology. */
    public static ShapeValidator ofOntology() {
        return new ShapeValidator(Shapes.compile());
    }

    /** The results of validating {@code data} (for a dataset: its union graph); empty when it conforms. */
    public List<ShapeViolation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream().map(ShapeValidator::violation)
                .sorted(Comparator.comparing(ShapeViolation::focusNode).thenComparing(ShapeViolation::readable))
                .toList();
    }

    private static ShapeViolation violation(ReportEntry e) {
        String severity = e.severity().level().getLocalName();
        String path = e.resultPath() == null ? null : PathWriter.asString(e.resultPath(), new Prologue(PREFIXES));
        String value = e.value() == null ? null : format(e.value());
        return new ShapeViolation(severity, e.focusNode().isURI() ? e.focusNode().getURI() : e.focusNode().toString(),
                path, value, e.message());
    }

    private static String format(Node n) {
        String s = NodeFmtLib.str(n, PrefixMapFactory.create(PREFIXES));
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
