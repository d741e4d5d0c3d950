package nl.kamergraaf.bench.measure;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;

import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.MappingReport;

/**
 * {@code MapRun OUT.nq SOURCE...}: the mapper as {@code kamergraaf map} runs it (N-Quads through Jena's streaming
 * writer, 64 KB buffer), reporting records, quads and problems. OUT "-" counts the quads without writing them.
 */
public final class MapRun {
    private MapRun() {}

    public static void main(String[] args) throws Exception {
        List<Path> sources = Arrays.stream(args).skip(1).map(Path::of).toList();
        KamergraafMapper mapper = KamergraafMapper.create().sources(sources).build();
        MappingReport report;
        long quads;
        if (args[0].equals("-")) {
            StreamRDFCounting counter = StreamRDFLib.count();
            report = mapper.map(counter);
            quads = counter.countQuads() + counter.countTriples();
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])), 1 << 16)) {
                StreamRDFCounting counter = StreamRDFLib.count(StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));
                StreamRDF stream = counter;
                report = mapper.map(stream);
                quads = counter.countQuads() + counter.countTriples();
            }
        }
        Measured.say("records=" + report.recordsMapped() + " quads=" + quads + " problems=" + report.problems().size());
    }
}
