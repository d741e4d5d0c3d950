package nl.kamergraaf.mapper.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.kamergraaf.mapper.ProjectFiles;

/** The real Persoon records shipped in data/tk-opendata/persoon, as a directory for name resolution in tests. */
public final class BundledPersons {
    private BundledPersons() {}

    public static PersonDirectory load() {
        PersonDirectory persons = new PersonDirectory();
        Path dir = ProjectFiles.dataDir().resolve("tk-opendata/persoon");
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                JsonNode root = new ObjectMapper().readTree(f.toFile());
                for (JsonNode r : root.isArray() ? root : root.path("value")) {
                    if (r.path("Verwijderd").asBoolean(false) || !r.hasNonNull("Achternaam")) continue;
                    persons.add(new PersonDirectory.Person(r.get("Id").asText(), text(r, "Initialen"),
                            text(r, "Tussenvoegsel"), r.get("Achternaam").asText(), text(r, "Roepnaam")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return persons;
    }

    private static String text(JsonNode r, String f) {
        return r.hasNonNull(f) ? r.get(f).asText() : null;
    }
}
