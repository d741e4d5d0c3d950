package nl.kamergraaf.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the persons page in data/ itself, so tests know the expected person ids independently of the mapper. */
public final class TestPersons {
    private TestPersons() {}

    /** Surname → lowercase id, for surnames exactly one live person has (asserted). */
    public static Map<String, String> idsBySurname(String... surnames) throws IOException {
        Path page;
        try (Stream<Path> s = Files.list(ProjectFiles.dataDir().resolve("tk-opendata/persoon"))) {
            page = s.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
        JsonNode root = new ObjectMapper().readTree(page.toFile());
        Map<String, String> out = new TreeMap<>();
        for (String surname : surnames) {
            List<String> ids = new ArrayList<>();
            for (JsonNode r : root.isArray() ? root : root.path("value")) {
                if (surname.equals(r.path("Achternaam").asText()) && !r.path("Verwijderd").asBoolean()) {
                    ids.add(r.path("Id").asText());
                }
            }
            assertEquals(1, ids.size(), "test expects one person named " + surname);
            out.put(surname, ids.get(0).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
