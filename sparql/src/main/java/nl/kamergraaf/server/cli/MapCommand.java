package nl.kamergraaf.server.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingReport;

@Command(name = "map", mixinStandardHelpOptions = true,
        description = {
            "Map Tweede Kamer sources to RDF (N-Quads: one named graph per source record).",
            "Inputs are files or folders; folders are walked and each file's format is recognised by itself:",
            "mirror pages (.txt), OData JSON pages (.json), SyncFeed XML pages and tkData entity files (.xml),",
            "KOOP publication XML (.xml), Word files (.docx, .doc), the gazetteer of referenced entities (.ttl).",
            "A record that cannot be mapped is reported (file, record, reason) and skipped; the rest is mapped.",
            "",
            "Exit codes: 0 all mapped, 1 some records skipped, 2 wrong usage, 3 failed (no output written)."},
        footer = {"", "Example: kamergraaf map data/ -o kamergraaf.nq"})
final class MapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private static final Logger LOG = LoggerFactory.getLogger(MapCommand.class);

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders to map (default: data).")
    List<Path> inputs = List.of(Path.of("data"));

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the RDF; '-' or absent: standard output. A file appears only when complete.")
    String output = "-";

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "nquads (default) or trig.")
    OutputFormat format = OutputFormat.NQUADS;

    @Mixin
    MapOptions mapOptions;

    enum OutputFormat {
        NQUADS(RDFFormat.NQUADS), TRIG(RDFFormat.TRIG_BLOCKS);

        final RDFFormat rdf;

        OutputFormat(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @Override
    public Integer call() {
        try {
            MappingReport report;
            if ("-".equals(output)) {
                OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
                report = run(out);
                out.flush();
            } else {
                Path target = Path.of(output).toAbsolutePath();
                Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    report = run(out);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                LOG.info("Wrote {}", target);
            }
            return summarise(report, spec.commandLine().getErr());
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("kamergraaf map: failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private MappingReport run(OutputStream out) throws IOException {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.rdf);
        try (Progress progress = Progress.start("Mapping records")) {
            return mapOptions.mapper(inputs).progress(progress::update).build().map(writer);
        }
    }

    /** Prints the summary and every skipped record on stderr, and turns the report into the exit code. */
    static int summarise(MappingReport report, PrintWriter err) {
        for (MappingProblem p : report.problems()) err.println("skipped: " + p);
        err.println("kamergraaf: " + report.summary());
        return report.hasProblems() ? ExitCodes.RECORDS_SKIPPED : ExitCodes.OK;
    }
}
