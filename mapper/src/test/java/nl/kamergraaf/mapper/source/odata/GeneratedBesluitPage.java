package nl.kamergraaf.mapper.source.odata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import nl.kamergraaf.mapper.spi.LargeInput;

/**
 * The large input of {@link ODataJsonContractTest}: one OData JSON page of N generated Besluit records in the shape of
 * the real ones (every 50th deleted, a few without StemmingsSoort).
 */
public final class GeneratedBesluitPage implements LargeInput.Generator {
    private static final String[] SOORTEN = {"Stemmen - aangenomen", "Stemmen - verworpen", "Behandelen", "Stemmen - aangehouden"};

    @Override
    public void write(Path folder, int n) throws IOException {
        Path page = Files.createDirectories(folder.resolve("besluit")).resolve("besluit_page_generated.json");
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
    }

    static String uuid(String kind, int i) {
        return UUID.nameUUIDFromBytes((kind + i).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
