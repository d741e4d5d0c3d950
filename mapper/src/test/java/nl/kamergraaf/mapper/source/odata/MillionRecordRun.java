package nl.kamergraaf.mapper.source.odata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;

import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.MappingReport;

/**
 * Run in a JVM of its own with a small heap by {@link StreamingMemoryTest}: writes a page of N generated Besluit
 * records (the shape of the real ones), maps it, and prints what the report says. It has no test framework around
 * it, so that the heap limit applies to the mapping alone.
 */
public final class MillionRecordRun {
    private static final String[] SOORTEN = {"Stemmen - aangenomen", "Stemmen - verworpen", "Behandelen", "Stemmen - aangehouden"};

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]).resolve("besluit"));
        int n = Integer.parseInt(args[1]);
        Path page = folder.resolve("besluit_page_generated.json");
        try (BufferedWriter w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            w.write('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) w.write(',');
                w.write("{\"Id\":\"" + uuid("besluit", i) + "\",\"Agendapunt_Id\":\"" + uuid("agendapunt", i / 8)
                        + "\",\"StemmingsSoort\":" + (i % 4 == 2 ? "null" : "\"Met handopsteken\"") + ",\"BesluitSoort\":\"" + SOORTEN[i % SOORTEN.length]
                        + "\",\"BesluitTekst\":\"Besluit " + i + ".\",\"Opmerking\":null,\"Status\":\"Besluit\","
                        + "\"AgendapuntZaakBesluitVolgorde\":" + (i % 5) + ",\"GewijzigdOp\":\"2024-12-19T10:00:00+01:00\","
                        + "\"ApiGewijzigdOp\":\"2024-12-19T09:00:01.1234567Z\",\"Verwijderd\":" + (i % 50 == 0) + "}\n");
            }
            w.write(']');
        }
        long start = System.nanoTime();
        StreamRDFCounting counter = StreamRDFLib.count();
        MappingReport report = KamergraafMapper.create().source(folder).build().map(counter);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.println("records=" + report.recordsMapped() + " problems=" + report.problems().size() + " quads=" + counter.countQuads()
                + " millis=" + millis + " maxHeapMB=" + rt.maxMemory() / (1024 * 1024));
    }

    private static String uuid(String kind, int i) {
        return UUID.nameUUIDFromBytes((kind + i).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
