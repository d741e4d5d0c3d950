package nl.kamergraaf.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the generator knows about the real Tweede Kamer data, learned from the real OData JSON pages in
 * {@code data/tk-opendata/<entity folder>/}: per entity type the properties, their value distributions and the share
 * of tombstones; the fracties with their sizes and the votes cast per voted besluit.
 */
public final class CorpusProfile {
    /** Folder name in data/tk-opendata → OData entity type. */
    static final Map<String, String> FOLDERS = Map.of(
            "activiteit", "Activiteit", "agendapunt", "Agendapunt", "besluit", "Besluit", "document", "Document",
            "fractie_zetel_persoon", "FractieZetelPersoon", "persoon", "Persoon", "stemming", "Stemming",
            "vergadering", "Vergadering", "zaak", "Zaak");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, EntityProfile> entities;
    private final List<ObjectNode> fracties;
    private final double votesPerVotedBesluit;
    private final List<ObjectNode> voteRoster;

    private CorpusProfile(Map<String, EntityProfile> entities, List<ObjectNode> fracties, double votesPerVotedBesluit,
            List<ObjectNode> voteRoster) {
        this.entities = entities;
        this.fracties = fracties;
        this.votesPerVotedBesluit = votesPerVotedBesluit;
        this.voteRoster = voteRoster;
    }

    /** Learns from the real pages under {@code folder} (data/tk-opendata); files are read in sorted order. */
    public static CorpusProfile learn(Path folder) throws IOException {
        Map<String, List<ObjectNode>> records = new TreeMap<>();
        Map<String, ObjectNode> fracties = new TreeMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(FOLDERS).entrySet()) {
            Path dir = folder.resolve(e.getKey());
            if (!Files.isDirectory(dir)) throw new IOException("No real " + e.getValue() + " pages to learn from: " + dir + " is missing");
            List<ObjectNode> list = new ArrayList<>();
            for (Path f : jsonFiles(dir)) {
                for (ObjectNode r : recordsOf(f)) {
                    list.add(r);
                    JsonNode fractie = r.get("Fractie");
                    if (fractie != null && fractie.isObject() && fractie.hasNonNull("Id")) {
                        fracties.merge(fractie.get("Id").asText(), (ObjectNode) fractie, CorpusProfile::newer);
                    }
                }
            }
            if (list.isEmpty()) throw new IOException("No " + e.getValue() + " records in " + dir);
            records.put(e.getValue(), list);
        }
        Map<String, EntityProfile> entities = new LinkedHashMap<>();
        records.forEach((type, list) -> entities.put(type, profile(type, list)));
        List<ObjectNode> fractieVotes = records.get("Stemming").stream()
                .filter(v -> v.hasNonNull("Fractie_Id") && !v.hasNonNull("Persoon_Id") && !v.path("Verwijderd").asBoolean(false))
                .sorted(Comparator.comparing((ObjectNode v) -> v.path("GewijzigdOp").asText("")))
                .toList();
        if (fractieVotes.isEmpty()) throw new IOException("No fractie votes (Stemming with Fractie_Id) in " + folder.resolve("stemming"));
        return new CorpusProfile(entities, List.copyOf(fracties.values()), votesPerVotedBesluit(records.get("Stemming")), fractieVotes);
    }

    public EntityProfile entity(String type) {
        EntityProfile p = entities.get(type);
        if (p == null) throw new IllegalArgumentException("No profile of entity type " + type);
        return p;
    }

    public Set<String> entityTypes() {
        return entities.keySet();
    }

    /** The real fracties seen in the vote data (full Fractie records of the API, newest version of each). */
    public List<ObjectNode> fracties() {
        return fracties;
    }

    /** The real fractie votes, oldest first: who votes, with which fractie size and Sid. */
    public List<ObjectNode> voteRoster() {
        return voteRoster;
    }

    /** The mean number of votes cast on one besluit that was voted on (one per fractie, for fractie votes). */
    public double votesPerVotedBesluit() {
        return votesPerVotedBesluit;
    }

    /** A human-readable account of what was learned, for bench output. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        entities.values().forEach(p -> {
            sb.append(String.format("%-20s %4d real records, %2.0f%% deleted, %d properties%n", p.entityType(), p.realRecords(),
                    100 * p.deletedRate(), p.fields().size()));
        });
        sb.append(String.format("fracties: %d; votes per voted besluit: %.1f%n", fracties.size(), votesPerVotedBesluit));
        return sb.toString();
    }

    private static EntityProfile profile(String type, List<ObjectNode> records) {
        List<ObjectNode> live = records.stream().filter(r -> !r.path("Verwijderd").asBoolean(false)).toList();
        // property order: that of the record with the most plain properties, then any others in order of appearance
        Set<String> names = new LinkedHashSet<>();
        live.stream().max(Comparator.comparingInt(CorpusProfile::plainCount)).ifPresent(r -> names.addAll(plainNames(r)));
        live.forEach(r -> names.addAll(plainNames(r)));
        // a navigation property is null where nothing was expanded: it is not a plain property anywhere
        records.forEach(r -> r.fieldNames().forEachRemaining(n -> {
            if (r.get(n).isContainerNode()) names.remove(n);
        }));
        Map<String, FieldModel> fields = new LinkedHashMap<>();
        for (String name : names) {
            // only the records that carry the property count: pages fetched with $select leave some out
            List<JsonNode> values = live.stream().filter(r -> r.has(name)).map(r -> r.get(name)).toList();
            fields.put(name, FieldLearner.learn(values));
        }
        double deleted = 1.0 - (double) live.size() / records.size();
        return new EntityProfile(type, fields, deleted, records.size());
    }

    private static int plainCount(ObjectNode r) {
        return plainNames(r).size();
    }

    /** Property names whose values are plain (not nested $expand results, not OData annotations). */
    private static List<String> plainNames(ObjectNode r) {
        List<String> names = new ArrayList<>();
        r.fieldNames().forEachRemaining(n -> {
            JsonNode v = r.get(n);
            if (!n.startsWith("@") && !v.isContainerNode()) names.add(n);
        });
        return names;
    }

    /** Votes per besluit, from the besluiten whose votes all appear in the data (those with several fractie votes). */
    private static double votesPerVotedBesluit(List<ObjectNode> votes) {
        Map<String, Set<String>> byBesluit = new HashMap<>();
        for (ObjectNode v : votes) {
            if (!v.hasNonNull("Besluit_Id") || v.hasNonNull("Persoon_Id") || v.path("Verwijderd").asBoolean(false)) continue;
            byBesluit.computeIfAbsent(v.get("Besluit_Id").asText(), k -> new LinkedHashSet<>()).add(v.get("Id").asText());
        }
        // a besluit seen with one vote is one vote of a page ordered by Id, not a whole vote
        List<Integer> whole = byBesluit.values().stream().map(Set::size).filter(n -> n > 1).toList();
        if (whole.isEmpty()) throw new IllegalStateException("No besluit with all its votes in the real data");
        return whole.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    private static ObjectNode newer(ObjectNode a, ObjectNode b) {
        return a.path("GewijzigdOp").asText("").compareTo(b.path("GewijzigdOp").asText("")) >= 0 ? a : b;
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The records of a page: a {"value": [...]} page, a bare array, or one record. */
    static List<ObjectNode> recordsOf(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode array = root.isObject() && root.has("value") ? root.get("value") : root;
        List<ObjectNode> out = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode r : array) if (r.isObject()) out.add((ObjectNode) r);
        } else if (array.isObject()) {
            out.add((ObjectNode) array);
        }
        return out;
    }

    Optional<EntityProfile> find(String type) {
        return Optional.ofNullable(entities.get(type));
    }
}
