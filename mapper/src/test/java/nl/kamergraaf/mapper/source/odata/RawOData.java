package nl.kamergraaf.mapper.source.odata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The records of the bundled OData files read as plain Jackson trees, independently of the mapper's reader and
 * metadata: the entity type of a top-level record is its folder, that of a nested record the key it is nested under
 * (the API names expansions after their entity type). Used to compute the figures the mapped graph must match.
 */
final class RawOData {
    /** One record as it appears in a file, with its entity type and the Id of the record it is nested in. */
    record Raw(String type, JsonNode record, String parentType, String parentId) {
        String id() {
            return record.path("Id").asText(null);
        }

        boolean deleted() {
            return record.path("Verwijderd").asBoolean(false);
        }
    }

    private static final Set<String> TYPES = Set.of("Persoon", "Fractie", "FractieZetelPersoon", "Activiteit", "Agendapunt",
            "Vergadering", "Besluit", "Stemming", "Zaak", "ZaakActor", "Document");

    static List<Raw> read(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Raw> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String type = typeOfFolder(f.getParent().getFileName().toString());
                JsonNode root = json.readTree(f.toFile());
                JsonNode records = root.isArray() ? root : root.has("value") ? root.get("value") : json.createArrayNode().add(root);
                for (JsonNode r : records) walk(type, r, null, null, out);
            }
        }
        return out;
    }

    private static void walk(String type, JsonNode r, String parentType, String parentId, List<Raw> out) {
        out.add(new Raw(type, r, parentType, parentId));
        r.fields().forEachRemaining(f -> {
            if (!TYPES.contains(f.getKey())) return;
            JsonNode v = f.getValue();
            for (JsonNode child : v.isArray() ? v : v.isObject() ? List.of(v) : List.<JsonNode>of()) {
                walk(f.getKey(), child, type, r.path("Id").asText(null), out);
            }
        });
    }

    private static String typeOfFolder(String folder) {
        String key = folder.replace("_", "").toLowerCase(Locale.ROOT);
        return TYPES.stream().filter(t -> t.toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("folder " + folder + " names no entity type"));
    }
}
