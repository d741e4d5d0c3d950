package nl.kamergraaf.store.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Where each feed got to (skiptoken or timestamp), kept with the database in {@code position.json}, keyed by feed
 * ("syncfeed/Zaak", "odata/Document"). Saved atomically, and only after the changes it covers are committed: a crash
 * in between makes the next sync fetch those changes again, which applies them as no-ops.
 */
final class SyncPositions {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final Map<String, String> positions;

    private SyncPositions(Path file, Map<String, String> positions) {
        this.file = file;
        this.positions = positions;
    }

    static SyncPositions load(Path syncDir) throws IOException {
        Path file = syncDir.resolve("position.json");
        if (!Files.isRegularFile(file)) return new SyncPositions(file, new TreeMap<>());
        try {
            return new SyncPositions(file, new TreeMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() { })));
        } catch (IOException e) {
            throw new IOException("The sync position file " + file + " is not readable JSON: " + e.getMessage(), e);
        }
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(positions.get(key));
    }

    void save(String key, String position) throws IOException {
        if (position.equals(positions.get(key))) return;
        positions.put(key, position);
        SyncFiles.writeAtomically(file, JSON.writeValueAsBytes(positions));
    }

    Map<String, String> all() {
        return Map.copyOf(positions);
    }
}
