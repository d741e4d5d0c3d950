package nl.kamergraaf.mapper.source.syncfeed;

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
 * Run in a JVM of its own with a small heap by {@link SyncFeedStreamingMemoryTest}: writes one SyncFeed page of N
 * generated Besluit entries (the shape of the bundled real one), maps it, and prints what the report says. No test
 * framework around it, so that the heap limit applies to the mapping alone.
 */
public final class SyncFeedStreamingRun {
    private static final String TK = "http://www.tweedekamer.nl/xsd/tkData/v1-0";
    private static final String[] SOORTEN = {"Stemmen - aangenomen", "Stemmen - verworpen", "Behandelen", "Stemmen - aangehouden"};

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]).resolve("syncfeed"));
        int n = Integer.parseInt(args[1]);
        Path page = folder.resolve("Besluit-generated.xml");
        try (BufferedWriter w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title type=\"text\">Gegevensmagazijn SyncFeed</title>\n");
            for (int i = 0; i < n; i++) {
                String id = uuid("besluit", i);
                boolean deleted = i % 50 == 0;
                w.write("<entry><title type=\"text\">" + id + "</title><updated>2024-12-19T09:00:01.1234567Z</updated>"
                        + "<category term=\"besluit\"/><content type=\"application/xml\"><besluit xmlns=\"" + TK + "\" xmlns:tk=\"" + TK
                        + "\" id=\"" + id + "\" tk:bijgewerkt=\"2024-12-19T10:00:00+01:00\" tk:verwijderd=\"" + deleted + "\"");
                if (deleted) {
                    w.write("/></content></entry>\n");
                    continue;
                }
                w.write("><agendapunt ref=\"" + uuid("agendapunt", i / 8) + "\"/><stemmingsSoort>Met handopsteken</stemmingsSoort>"
                        + "<besluitSoort>" + SOORTEN[i % SOORTEN.length] + "</besluitSoort><besluitTekst>Besluit " + i + ".</besluitTekst>"
                        + "<status>Besluit</status><agendapuntZaakBesluitVolgorde>" + (i % 5) + "</agendapuntZaakBesluitVolgorde>"
                        + "</besluit></content></entry>\n");
            }
            w.write("</feed>\n");
        }
        long start = System.nanoTime();
        StreamRDFCounting counter = StreamRDFLib.count();
        MappingReport report = KamergraafMapper.create().source(folder).build().map(counter);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("entries=" + report.recordsMapped() + " problems=" + report.problems().size() + " quads=" + counter.countQuads()
                + " millis=" + millis + " fileMB=" + Files.size(page) / (1024 * 1024) + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static String uuid(String kind, int i) {
        return UUID.nameUUIDFromBytes((kind + i).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
