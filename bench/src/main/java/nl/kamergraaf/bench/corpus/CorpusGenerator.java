package nl.kamergraaf.bench.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a synthetic Tweede Kamer corpus in the real OData JSON page format, one folder per entity type, at a scale
 * factor, from what {@link CorpusProfile} learned of the real pages. Deterministic: the same profile, scale and seed
 * give the same bytes. Records are linked as the API links them ({@code Agendapunt.Activiteit_Id},
 * {@code Besluit.Agendapunt_Id}, {@code Stemming.Besluit_Id}/{@code Fractie_Id}, {@code FractieZetelPersoon.Persoon_Id});
 * a voted besluit gets one vote per fractie, so the votes follow the besluiten.
 */
public record CorpusGenerator(CorpusProfile profile, CorpusScale scale, long seed) {
    /** Foreign keys the generator fills with the Id of a generated record of the target type. */
    private static final Map<String, String> RELATIONS = Map.of(
            "Agendapunt.Activiteit_Id", "Activiteit",
            "Besluit.Agendapunt_Id", "Agendapunt",
            "FractieZetelPersoon.Persoon_Id", "Persoon");
    /** Written before the records that point at them; the order does not change the bytes of any one type. */
    private static final List<String> ORDER = List.of("Persoon", "FractieZetelPersoon", "Vergadering", "Activiteit",
            "Agendapunt", "Document", "Zaak");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was written: records per entity type, in writing order. */
    public record Written(Map<String, Long> records) {
        public long total() {
            return records.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Written write(Path corpus) throws IOException {
        Map<String, Long> written = new LinkedHashMap<>();
        for (String type : ORDER) written.put(type, writeType(corpus, type));
        long[] votes = writeBesluitenAndVotes(corpus);
        written.put("Besluit", votes[0]);
        written.put("Stemming", votes[1]);
        written.put("Fractie", writeFracties(corpus));
        return new Written(written);
    }

    private long writeType(Path corpus, String type) throws IOException {
        EntityProfile p = profile.entity(type);
        SplittableRandom random = random(type);
        long n = scale.count(type);
        try (PageWriter pages = new PageWriter(corpus, folder(type), type)) {
            for (long i = 0; i < n; i++) writeRecord(pages, p, i, random, null);
            return pages.records();
        }
    }

    /**
     * Besluiten, and for each besluit that is a vote ("Stemmen - …") one vote per fractie. The share of voted
     * besluiten is set so that the votes reach the corpus's vote count; within voted and other besluiten the real
     * frequencies of BesluitSoort are kept.
     */
    private long[] writeBesluitenAndVotes(Path corpus) throws IOException {
        EntityProfile p = profile.entity("Besluit");
        EntityProfile vp = profile.entity("Stemming");
        SplittableRandom random = random("Besluit");
        SplittableRandom voteRandom = random("Stemming");
        long n = scale.count("Besluit");
        double votedShare = Math.min(1.0, scale.targetVotes() / (n * (1 - p.deletedRate()) * profile.votesPerVotedBesluit()));
        FieldModels.Categorical soort = reweighted((FieldModels.Categorical) unwrap(p.field("BesluitSoort")), votedShare);
        List<ObjectNode> roster = voteRoster();
        int perVote = (int) Math.min(roster.size(), Math.round(profile.votesPerVotedBesluit()));
        long voteOrdinal = 0;
        try (PageWriter besluiten = new PageWriter(corpus, "besluit", "Besluit");
                PageWriter votes = new PageWriter(corpus, "stemming", "Stemming")) {
            for (long i = 0; i < n; i++) {
                Map<String, String> fixed = new LinkedHashMap<>();
                String chosen = soort.sample(random);
                fixed.put("BesluitSoort", chosen);
                boolean live = writeRecord(besluiten, p, i, random, fixed);
                if (live && chosen.startsWith("Stemmen")) {
                    String besluitId = id("Besluit", i);
                    for (ObjectNode fractie : pick(roster, perVote, voteRandom)) {
                        writeVote(votes, vp, voteOrdinal++, besluitId, fractie, voteRandom);
                    }
                }
            }
            return new long[] {besluiten.records(), votes.records()};
        }
    }

    /** The real Fractie records (from the votes' expansions), as a fractie page of their own. */
    private long writeFracties(Path corpus) throws IOException {
        try (PageWriter pages = new PageWriter(corpus, "fractie", "Fractie")) {
            for (ObjectNode f : profile.fracties()) {
                JsonGenerator json = pages.startRecord();
                for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isContainerNode()) continue;
                    json.writeFieldName(e.getKey());
                    JSON.writeTree(json, e.getValue());
                }
                pages.endRecord();
            }
            return pages.records();
        }
    }

    /**
     * One record with the learned properties in the real order. A deleted record is a tombstone as the API gives it:
     * every property null but Id, GewijzigdOp, ApiGewijzigdOp and Verwijderd.
     *
     * @return whether the record is live (not a tombstone)
     */
    private boolean writeRecord(PageWriter pages, EntityProfile p, long ordinal, SplittableRandom random,
            Map<String, String> fixed) throws IOException {
        boolean deleted = random.nextDouble() < p.deletedRate();
        JsonGenerator json = pages.startRecord();
        List<String> names = new ArrayList<>(p.propertyNames());
        for (String fk : relationsOf(p.entityType())) if (!names.contains(fk)) names.add(1, fk);
        for (String name : names) {
            json.writeFieldName(name);
            switch (name) {
                case "Id" -> json.writeString(id(p.entityType(), ordinal));
                case "Verwijderd" -> json.writeBoolean(deleted);
                case "GewijzigdOp", "ApiGewijzigdOp" -> p.field(name).write(json, random);
                default -> {
                    if (deleted) json.writeNull();
                    else writeField(json, p, name, ordinal, random, fixed);
                }
            }
        }
        pages.endRecord();
        return !deleted;
    }

    private void writeField(JsonGenerator json, EntityProfile p, String name, long ordinal, SplittableRandom random,
            Map<String, String> fixed) throws IOException {
        if (fixed != null && fixed.containsKey(name)) {
            json.writeString(fixed.get(name));
            return;
        }
        String target = RELATIONS.get(p.entityType() + "." + name);
        if (target != null) {
            json.writeString(id(target, random.nextLong(scale.count(target))));
            return;
        }
        FieldModel model = p.field(name);
        if (unwrap(model) instanceof FieldModels.Nummer nummer) {
            json.writeString(nummer.of(ordinal));
        } else if (name.endsWith("_Id") && !(model instanceof FieldModels.AlwaysNull)) {
            // another record's Id that this corpus has no records for: a well-formed GUID at the learned null rate
            if (model instanceof FieldModels.Nullable nl && random.nextDouble() < nl.nullRate()) json.writeNull();
            else json.writeString(new UUID(random.nextLong(), random.nextLong()).toString());
        } else {
            model.write(json, random);
        }
    }

    /** A fractie vote as the API gives it: the fractie's name, size and Sid, Persoon_Id and SidActorLid null. */
    private void writeVote(PageWriter pages, EntityProfile vp, long ordinal, String besluitId, ObjectNode fractie,
            SplittableRandom random) throws IOException {
        JsonGenerator json = pages.startRecord();
        List<String> names = new ArrayList<>(vp.propertyNames());
        for (String name : names) {
            json.writeFieldName(name);
            switch (name) {
                case "Id" -> json.writeString(id("Stemming", ordinal));
                case "Besluit_Id" -> json.writeString(besluitId);
                case "Verwijderd" -> json.writeBoolean(false);
                case "Persoon_Id", "SidActorLid" -> json.writeNull();
                case "Fractie_Id", "ActorNaam", "ActorFractie", "FractieGrootte", "SidActorFractie" -> JSON.writeTree(json, fractie.get(name));
                default -> vp.field(name).write(json, random);
            }
        }
        pages.endRecord();
    }

    /** The fracties as their latest fractie vote in the real data shows them (name, size, Sid). */
    private List<ObjectNode> voteRoster() {
        Map<String, ObjectNode> latest = new LinkedHashMap<>();
        for (ObjectNode f : profile.voteRoster()) latest.put(f.get("Fractie_Id").asText(), f);
        return new ArrayList<>(latest.values());
    }

    /** k distinct fracties, in roster order (a partial Fisher-Yates shuffle on a copy). */
    private static List<ObjectNode> pick(List<ObjectNode> roster, int k, SplittableRandom random) {
        int[] idx = new int[roster.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(idx.length - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(idx, k);
        java.util.Arrays.sort(chosen);
        List<ObjectNode> out = new ArrayList<>(k);
        for (int i : chosen) out.add(roster.get(i));
        return out;
    }

    private static FieldModels.Categorical reweighted(FieldModels.Categorical soort, double votedShare) {
        List<String> values = soort.values();
        double voted = 0;
        for (int i = 0; i < values.size(); i++) if (values.get(i).startsWith("Stemmen")) voted += soort.weight(i);
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            boolean isVote = values.get(i).startsWith("Stemmen");
            double w = isVote ? (voted == 0 ? 0 : soort.weight(i) / voted * votedShare)
                    : (voted == 1 ? 0 : soort.weight(i) / (1 - voted) * (1 - votedShare));
            counts.add((int) Math.round(w * 1_000_000));
        }
        return new FieldModels.Categorical(values, counts);
    }

    private static FieldModel unwrap(FieldModel m) {
        return m instanceof FieldModels.Nullable n ? n.value() : m;
    }

    private static List<String> relationsOf(String type) {
        return RELATIONS.keySet().stream().filter(k -> k.startsWith(type + ".")).map(k -> k.substring(type.length() + 1)).sorted().toList();
    }

    /** The Id of the n-th record of a type: a version-4-shaped GUID from a hash of seed, type and ordinal. */
    String id(String type, long ordinal) {
        long h = mix(seed ^ mix(type.hashCode()) ^ mix(ordinal * 0x9E3779B97F4A7C15L + 1));
        long l = mix(h ^ 0xD1B54A32D192ED03L);
        h = (h & ~0xF000L) | 0x4000L;
        l = (l & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(h, l).toString();
    }

    private SplittableRandom random(String type) {
        return new SplittableRandom(mix(seed * 31 + type.hashCode()));
    }

    /** SplitMix64's finaliser: spreads the bits of a key. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String folder(String type) {
        return CorpusProfile.FOLDERS.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey)
                .findFirst().orElse(type.toLowerCase(java.util.Locale.ROOT));
    }
}
