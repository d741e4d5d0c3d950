package nl.kamergraaf.mapper.source.syncfeed;

import static nl.kamergraaf.mapper.record.GeneratedBesluiten.agendapuntId;
import static nl.kamergraaf.mapper.record.GeneratedBesluiten.deleted;
import static nl.kamergraaf.mapper.record.GeneratedBesluiten.id;
import static nl.kamergraaf.mapper.record.GeneratedBesluiten.soort;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.kamergraaf.mapper.spi.LargeInput;

/**
 * The large input of {@link SyncFeedContractTest}: one SyncFeed page of N generated Besluit entries in the shape of
 * the bundled real one. The page is far larger than the heap of the run, and its entries, held as records, would
 * need several times more.
 */
public final class GeneratedBesluitFeed implements LargeInput.Generator {
    private static final String TK = "http://www.tweedekamer.nl/xsd/tkData/v1-0";

    @Override
    public void write(Path folder, int n) throws IOException {
        Path page = Files.createDirectories(folder.resolve("syncfeed")).resolve("Besluit-generated.xml");
        try (BufferedWriter w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                    + "<title type=\"text\">Gegevensmagazijn SyncFeed</title>\n");
            for (int i = 0; i < n; i++) {
                w.write("<entry><title type=\"text\">" + id(i) + "</title><updated>2024-12-19T09:00:01.1234567Z</updated>"
                        + "<category term=\"besluit\"/><content type=\"application/xml\"><besluit xmlns=\"" + TK + "\" xmlns:tk=\"" + TK
                        + "\" id=\"" + id(i) + "\" tk:bijgewerkt=\"2024-12-19T10:00:00+01:00\" tk:verwijderd=\"" + deleted(i) + "\"");
                if (deleted(i)) {
                    w.write("/></content></entry>\n");
                    continue;
                }
                w.write("><agendapunt ref=\"" + agendapuntId(i) + "\"/><stemmingsSoort>Met handopsteken</stemmingsSoort>"
                        + "<besluitSoort>" + soort(i) + "</besluitSoort><besluitTekst>Besluit " + i + ".</besluitTekst>"
                        + "<status>Besluit</status><agendapuntZaakBesluitVolgorde>" + (i % 5) + "</agendapuntZaakBesluitVolgorde>"
                        + "</besluit></content></entry>\n");
            }
            w.write("</feed>\n");
        }
    }
}
