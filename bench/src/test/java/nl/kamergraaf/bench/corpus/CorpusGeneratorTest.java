package nl.kamergraaf.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The generator reproduces the real pages' shape and distributions, deterministically for a seed. */
class CorpusGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double SCALE = 0.001;
    private static CorpusProfile profile;

    @TempDir
    Path tmp;

    @BeforeAll
    static void learn() throws IOException {
        profile = CorpusProfile.learn(realData());
    }

    static Path realData() {
        // tests run in bench/; the real pages are in the project's data/
        Path p = Path.of("..", "data", "tk-opendata");
        return Files.isDirectory(p) ? p : Path.of("data", "tk-opendata");
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
        new CorpusGenerator(profile, new CorpusScale(SCALE), 7).write(tmp.resolve("a"));
        new CorpusGenerator(profile, new CorpusScale(SCALE), 7).write(tmp.resolve("b"));
        new CorpusGenerator(profile, new CorpusScale(SCALE), 8).write(tmp.resolve("c"));
        Map<String, String> a = digests(tmp.resolve("a"));
        assertTrue(a.size() > 20, "pages written: " + a.keySet());
        assertEquals(a, digests(tmp.resolve("b")));
        Map<String, String> c = digests(tmp.resolve("c"));
        assertEquals(a.keySet(), c.keySet(), "the same pages");
        assertNotEquals(a.get("zaak/zaak_page_000001.json"), c.get("zaak/zaak_page_000001.json"));
    }

    @Test
    void pagesAreODataValuePagesOf250RecordsLinkedByNextLinkUntilTheLast() throws IOException {
        Path out = tmp.resolve("corpus");
        CorpusGenerator.Written w = new CorpusGenerator(profile, new CorpusScale(SCALE), 1).write(out);
        List<Path> pages = files(out.resolve("document"));
        assertEquals((w.records().get("Document") + 249) / 250, pages.size());
        for (int i = 0; i < pages.size(); i++) {
            JsonNode page = JSON.readTree(pages.get(i).toFile());
            assertEquals(PageWriter.SERVICE + "$metadata#Document", page.get("@odata.context").asText());
            boolean last = i == pages.size() - 1;
            assertEquals(!last, page.has("@odata.nextLink"), pages.get(i) + " next link");
            if (!last) {
                assertEquals(250, page.get("value").size());
                assertEquals(PageWriter.SERVICE + "Document?$skip=" + 250 * (i + 1), page.get("@odata.nextLink").asText());
            }
        }
    }

    @Test
    void recordsHaveTheRealPropertyNamesAndJsonTypes() throws IOException {
        Path out = tmp.resolve("corpus");
        new CorpusGenerator(profile, new CorpusScale(SCALE), 1).write(out);
        for (Map.Entry<String, String> e : CorpusProfile.FOLDERS.entrySet()) {
            Map<String, Set<String>> realTypes = jsonTypes(realRecords(e.getKey()));
            Map<String, Set<String>> generated = jsonTypes(generatedRecords(out.resolve(e.getKey())));
            for (Map.Entry<String, Set<String>> g : generated.entrySet()) {
                String field = e.getValue() + "." + g.getKey();
                if (g.getKey().endsWith("_Id") && !realTypes.containsKey(g.getKey())) continue; // foreign keys the $select pages left out
                assertTrue(realTypes.containsKey(g.getKey()), field + " is not a property of the real pages");
                Set<String> types = new HashSet<>(g.getValue());
                types.removeAll(realTypes.get(g.getKey()));
                types.remove("NULL"); // a tombstone nulls every field
                assertTrue(types.isEmpty(), field + " has JSON types " + types + " the real pages never have");
            }
        }
    }

    @Test
    void entityTypesComeInTheProportionsOfTheScaleAndVotesFollowTheVotedBesluiten() throws IOException {
        CorpusGenerator.Written w = new CorpusGenerator(profile, new CorpusScale(0.002), 3).write(tmp.resolve("corpus"));
        Map<String, Long> n = w.records();
        assertEquals(2000, n.get("Document"));
        assertEquals(1600, n.get("Zaak"));
        assertEquals(800, n.get("Agendapunt"));
        assertEquals(600, n.get("Activiteit"));
        long votes = n.get("Stemming");
        assertTrue(votes > 8000 * 0.85 && votes < 8000 * 1.15, "votes near the target of 8000: " + votes);
    }

    @Test
    void voteOptionsFractieSizesAndKabinetsappreciatieHaveTheRealValues() throws IOException {
        Path out = tmp.resolve("corpus");
        new CorpusGenerator(profile, new CorpusScale(SCALE), 5).write(out);
        List<ObjectNode> realVotes = realRecords("stemming");
        List<ObjectNode> votes = generatedRecords(out.resolve("stemming"));
        assertEquals(values(realVotes, "Soort"), values(votes, "Soort"));
        Map<String, Set<String>> realSizes = sizesByFractie(realVotes);
        for (Map.Entry<String, Set<String>> e : sizesByFractie(votes).entrySet()) {
            assertTrue(realSizes.getOrDefault(e.getKey(), Set.of()).containsAll(e.getValue()), "size of fractie " + e.getKey());
        }
        Set<String> appreciaties = values(generatedRecords(out.resolve("zaak")), "Kabinetsappreciatie");
        assertTrue(appreciaties.size() >= 3, "several Kabinetsappreciatie values: " + appreciaties);
        assertTrue(values(realRecords("zaak"), "Kabinetsappreciatie").containsAll(appreciaties));
        // every vote belongs to a generated besluit
        Set<String> besluiten = values(generatedRecords(out.resolve("besluit")), "Id");
        assertTrue(besluiten.containsAll(values(votes, "Besluit_Id")));
    }

    @Test
    void textLengthsFollowTheRealOnes() throws IOException {
        Path out = tmp.resolve("corpus");
        new CorpusGenerator(profile, new CorpusScale(SCALE), 9).write(out);
        double real = meanLength(realRecords("zaak"), "Onderwerp");
        double generated = meanLength(generatedRecords(out.resolve("zaak")), "Onderwerp");
        assertTrue(Math.abs(generated - real) < 0.2 * real, "mean Onderwerp length " + generated + " vs real " + real);
    }

    @Test
    void deletedRecordsAreTombstonesWithOnlyIdAndDates() throws IOException {
        Path out = tmp.resolve("corpus");
        new CorpusGenerator(profile, new CorpusScale(SCALE), 2).write(out);
        List<ObjectNode> docs = generatedRecords(out.resolve("document"));
        List<ObjectNode> deleted = docs.stream().filter(r -> r.get("Verwijderd").asBoolean()).toList();
        assertFalse(deleted.isEmpty());
        double rate = deleted.size() / (double) docs.size();
        assertTrue(rate > 0.1 && rate < 0.26, "the real pages have 18% deleted documents; generated " + rate);
        for (ObjectNode r : deleted) {
            r.fieldNames().forEachRemaining(f -> {
                if (!Set.of("Id", "GewijzigdOp", "ApiGewijzigdOp", "Verwijderd").contains(f)) assertTrue(r.get(f).isNull(), f);
            });
        }
    }

    private static double meanLength(List<ObjectNode> records, String field) {
        return records.stream().filter(r -> r.hasNonNull(field)).mapToInt(r -> r.get(field).asText().length()).average().orElseThrow();
    }

    private static Map<String, Set<String>> sizesByFractie(List<ObjectNode> votes) {
        Map<String, Set<String>> m = new HashMap<>();
        for (ObjectNode v : votes) {
            if (v.hasNonNull("Fractie_Id") && !v.hasNonNull("Persoon_Id")) {
                m.computeIfAbsent(v.get("Fractie_Id").asText(), k -> new HashSet<>()).add(v.get("FractieGrootte").asText());
            }
        }
        return m;
    }

    private static Set<String> values(List<ObjectNode> records, String field) {
        Set<String> s = new HashSet<>();
        for (ObjectNode r : records) if (r.hasNonNull(field) && !r.path("Verwijderd").asBoolean()) s.add(r.get(field).asText());
        return s;
    }

    private static Map<String, Set<String>> jsonTypes(List<ObjectNode> records) {
        Map<String, Set<String>> m = new HashMap<>();
        for (ObjectNode r : records) {
            r.fields().forEachRemaining(e -> {
                if (!e.getValue().isContainerNode()) m.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue().getNodeType().name());
            });
        }
        return m;
    }

    private static List<ObjectNode> realRecords(String folder) throws IOException {
        List<ObjectNode> out = new java.util.ArrayList<>();
        for (Path f : files(realData().resolve(folder))) out.addAll(CorpusProfile.recordsOf(f));
        return out;
    }

    private static List<ObjectNode> generatedRecords(Path folder) throws IOException {
        List<ObjectNode> out = new java.util.ArrayList<>();
        for (Path f : files(folder)) out.addAll(CorpusProfile.recordsOf(f));
        return out;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                try {
                    m.put(root.relativize(p).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return m;
    }
}
