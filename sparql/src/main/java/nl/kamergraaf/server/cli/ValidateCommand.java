package nl.kamergraaf.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingReport;
import nl.kamergraaf.vocab.DataInvariants;
import nl.kamergraaf.vocab.InvariantViolation;
import nl.kamergraaf.vocab.ShapeValidator;
import nl.kamergraaf.vocab.ShapeViolation;
import nl.kamergraaf.vocab.Shapes;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Validate RDF against the SHACL shapes of the Kamergraaf ontology (required properties, datatypes,",
            "cardinalities, IRI patterns), and print each violation: focus node, property path, value, message.",
            "Then check the data invariants that hold for all Tweede Kamer data: the votes on one besluit weigh at most",
            "150 seats, a member's vote weighs 1, the votes for one fractie on one day state one fractie size, one",
            "rdfs:label per language per thing, every concept that claims a scheme is on its list. Each violation names",
            "the records (named graphs) that state it and the files they came from.",
            "Inputs are RDF files (N-Quads, TriG, Turtle, N-Triples, JSON-LD, ...: by extension), validated together as",
            "one graph (all named graphs merged); or, with --map, Tweede Kamer sources mapped first.",
            "A file that cannot be read is reported with its reason; the other files are still validated.",
            "",
            "Exit codes: 0 conforms (warnings are printed but do not count), 1 violations found, 2 wrong usage,",
            "3 an input could not be read or mapped."},
        footer = {"", "Examples:", "  kamergraaf validate kamergraaf.nq", "  kamergraaf validate --map data/"})
final class ValidateCommand implements Callable<Integer> {
    /** Some data violates a shape: the report says which. */
    static final int VIOLATIONS = 1;

    @Parameters(paramLabel = "RDF-FILE", arity = "0..*", description = "RDF files to validate.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--map", paramLabel = "SOURCE", arity = "1..*",
            description = "Map these Tweede Kamer sources (files or folders) and validate the result.")
    List<Path> sources = new ArrayList<>();

    @Mixin
    MapOptions mapOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty() == sources.isEmpty()) {
            err.println("kamergraaf validate: give RDF files or --map SOURCE..., not both and not neither");
            return ExitCodes.USAGE;
        }
        // Named graphs kept: the invariants name the record (graph) and file (its dct:source) of what they find.
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        boolean unreadable = false;
        for (Path file : files) {
            unreadable |= !read(file, data, err);
        }
        if (!sources.isEmpty()) {
            try {
                MappingReport report = mapOptions.mapper(sources).build().map(into(data));
                for (MappingProblem p : report.problems()) err.println("skipped: " + p);
                for (MappingProblem p : report.warnings()) err.println("warning: " + p);
                unreadable |= report.hasProblems();
            } catch (IOException | RuntimeException e) {
                err.println("kamergraaf validate: mapping failed: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        Graph union = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(q -> union.add(q.asTriple()));
        List<ShapeViolation> violations = ShapeValidator.ofOntology().validate(union);
        violations.forEach(v -> out.println(v.readable()));
        List<InvariantViolation> broken = DataInvariants.ofOntology().check(data, union);
        broken.forEach(v -> out.println(v.readable()));
        out.flush();
        long errors = violations.stream().filter(ShapeViolation::isViolation).count() + broken.size();
        long warnings = violations.size() - (errors - broken.size());
        err.printf("kamergraaf validate: %d triple(s) checked against %d shapes file(s) and %d data invariant(s): %s%s%n",
                union.size(), Shapes.present().size(), DataInvariants.QUERIES.size() + 1,
                errors == 0 ? "conforms" : errors + " violation(s)", warnings == 0 ? "" : ", " + warnings + " warning(s)");
        err.flush();
        if (unreadable) return ExitCodes.FAILED;
        return errors == 0 ? ExitCodes.OK : VIOLATIONS;
    }

    /** Reads one RDF file into the dataset; a bad file is reported and leaves the dataset as it was. */
    private static boolean read(Path file, DatasetGraph data, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            err.println("kamergraaf validate: " + file + ": no such file");
            return false;
        }
        DatasetGraph one = DatasetGraphFactory.createTxnMem();
        try {
            RDFDataMgr.parse(into(one), file.toString());
        } catch (RiotException e) {
            err.println("kamergraaf validate: " + file + ": not valid RDF: " + e.getMessage());
            return false;
        }
        one.find().forEachRemaining(data::add);
        return true;
    }

    /**
     * Keeps each quad in its named graph (a triple of a plain RDF file in the default graph); the shapes then see the
     * union, as the store's default graph is the union of the record graphs.
     */
    private static StreamRDF into(DatasetGraph dataset) {
        return new StreamRDFBase() {
            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                dataset.add(Quad.create(Quad.defaultGraphIRI, triple));
            }

            @Override
            public void quad(Quad quad) {
                dataset.add(quad);
            }
        };
    }
}
