package nl.kamergraaf.mapper.spi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;

import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.MappingReport;

/**
 * Run in a JVM of its own with a small heap by {@link SourceMapperContract}: has a {@link LargeInput.Generator} write
 * its records, maps them, and prints what the report says. It has no test framework around it, so that the heap limit
 * applies to the mapping alone. Arguments: generator class, folder, number of records.
 */
public final class StreamingRun {
    public static void main(String[] args) throws Exception {
        LargeInput.Generator generator = Class.forName(args[0]).asSubclass(LargeInput.Generator.class)
                .getConstructor().newInstance();
        Path folder = Files.createDirectories(Path.of(args[1]).resolve("input"));
        generator.write(folder, Integer.parseInt(args[2]));
        long inputBytes = size(folder);

        long start = System.nanoTime();
        StreamRDFCounting counter = StreamRDFLib.count();
        MappingReport report = KamergraafMapper.create().source(folder).build().map(counter);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("records=" + report.recordsMapped() + " problems=" + report.problems().size()
                + " quads=" + counter.countQuads() + " millis=" + millis + " inputMB=" + inputBytes / (1024 * 1024)
                + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (!report.problems().isEmpty()) System.out.println("first problem: " + report.problems().get(0));
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
