package nl.kamergraaf.server.replica;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How far a replica's build follows the primary, kept in the build folder ({@code replica.json}) so a restarted
 * replica goes on from there: the primary's change log {@code lineage}, the {@code release} the build was loaded from,
 * and the last change applied ({@code after}).
 */
public record ReplicaState(String lineage, String release, long after) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "replica.json";

    public ReplicaState withAfter(long applied) {
        return new ReplicaState(lineage, release, applied);
    }

    public void save(Path build) throws IOException {
        ObjectNode o = JSON.createObjectNode().put("lineage", lineage).put("release", release).put("after", after);
        Path tmp = Files.createTempFile(build, ".replica-", ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(o));
        Files.move(tmp, build.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The state of a build a replica made; empty for a build it did not make from a release. */
    public static Optional<ReplicaState> of(Path build) throws IOException {
        Path file = build.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        JsonNode o = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        return Optional.of(new ReplicaState(o.path("lineage").asText(), o.path("release").asText(), o.path("after").asLong()));
    }
}
