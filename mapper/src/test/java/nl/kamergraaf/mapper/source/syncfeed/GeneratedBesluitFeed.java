package nl.kamergraaf.mapper.source.syncfeed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import nl.kamergraaf.mapper.spi.LargeInput;

/**
 * The large input of {@link SyncFeedContractTest}: one SyncFeed page of N generated Besluit entries in the shape of
 * the bundled real one (every 50th deleted). The page is far larger than the heap of the run, and its entries, held
 * as records, would need several times more.
 */
public final class GeneratedBesluitFeed implements LargeInput.Generator {
    private static final String TK = "http://www.tweedekamer.nl/xsd/tkData/v1-0";
    private static final String[] SOORTEN = {"Stemmen - aangenomen", "Stemmen - verworpen", "Behandelen", "Stemmen - aangehouden"};

    @Override
    public void write(Path folder, int n) throws IOException {
        Path page = Files.createDirectories(folder.resolve("syncfeed")).resolve("Besluit-generated.xml");
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
    }

    private static String uuid(String kind, int i) {
        return UUID.nameUUIDFromBytes((kind + i).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
