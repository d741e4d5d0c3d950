package nl.kamergraaf.mapper.source.koop;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.kamergraaf.mapper.spi.LargeInput;

/**
 * The large input of {@link KoopPublicationContractTest}: N motion publications of about 100 KB of text each, every
 * one a kamerstuk of its own whose paragraphs cite other kamerstukken and name an entity of the gazetteer, so that
 * text analysis has work on every paragraph.
 */
public final class GeneratedPublications implements LargeInput.Generator {
    private static final int PARAGRAPHS = 500;

    @Override
    public void write(Path folder, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Path file = folder.resolve(String.format("00000000-0000-4000-8000-%012d.xml", i));
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<officiele-publicatie><metadata>"
                        + "<meta name=\"DC.identifier\" content=\"kst-36600-XIII-" + (i + 1) + "\"/></metadata><kamerstuk>"
                        + "<dossier><dossiernummer><dossiernr>36 600</dossiernr><begrotingshoofdstuk>XIII</begrotingshoofdstuk>"
                        + "</dossiernummer></dossier><stuk><stuknr>Nr. <ondernummer>" + (i + 1) + "</ondernummer></stuknr>"
                        + "<titel>MOTIE VAN HET LID " + i + "</titel><algemeen><vrije-tekst><tekst><al>De Kamer,</al>");
                for (int p = 0; p < PARAGRAPHS; p++) {
                    w.write("<al>constaterende dat de regering in de brief van Kamerstuk 21 501-30, nr. " + (p + 1)
                            + " over de Europese Commissie schrijft dat paragraaf " + p + " van motie " + i
                            + " nog niet is uitgevoerd, en dat de Kamer daarover nader wil worden ingelicht;</al>");
                }
                w.write("<al>en gaat over tot de orde van de dag.</al></tekst></vrije-tekst></algemeen></stuk>"
                        + "</kamerstuk></officiele-publicatie>\n");
            }
        }
    }
}
