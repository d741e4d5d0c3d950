package nl.kamergraaf.mapper.source.odata;

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
 * The large input of {@link ODataJsonContractTest}: one OData JSON page of N generated Besluit records in the shape of
 * the real ones (a quarter without StemmingsSoort).
 */
public final class GeneratedBesluitPage implements LargeInput.Generator {
    @Override
    public void write(Path folder, int n) throws IOException {
        Path page = Files.createDirectories(folder.resolve("besluit")).resolve("besluit_page_generated.json");
        try (BufferedWriter w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            w.write('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) w.write(',');
                w.write("{\"Id\":\"" + id(i) + "\",\"Agendapunt_Id\":\"" + agendapuntId(i)
                        + "\",\"StemmingsSoort\":" + (i % 4 == 2 ? "null" : "\"Met handopsteken\"") + ",\"BesluitSoort\":\"" + soort(i)
                        + "\",\"BesluitTekst\":\"Besluit " + i + ".\",\"Opmerking\":null,\"Status\":\"Besluit\","
                        + "\"AgendapuntZaakBesluitVolgorde\":" + (i % 5) + ",\"GewijzigdOp\":\"2024-12-19T10:00:00+01:00\","
                        + "\"ApiGewijzigdOp\":\"2024-12-19T09:00:01.1234567Z\",\"Verwijderd\":" + deleted(i) + "}\n");
            }
            w.write(']');
        }
    }
}
