package nl.kamergraaf.mapper.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.vocab.DataInvariants;

/**
 * The same real records, in every shape the Tweede Kamer API returns records in, give the same facts: a page with
 * {@code @odata.context}, a bare array as a {@code $select} without keys leaves it, a single record, and records nested
 * by {@code $expand} at depth one and two, in files with no type folder and no context. The records are the 150 member
 * votes of a real roll call (fixtures/rollcall/README.md), each of which must count one seat, and which name their
 * fractie by its name only. Expected figures are computed here from the raw JSON, apart from the mapper.
 */
class RecordShapesTest {
    private static final String BASE = "http://localhost:3030";
    /** The Besluit envelope is the test's own (the harvest lacks it): a GUID no real record has. */
    private static final String BESLUIT = "00000000-0000-4000-8000-00000000b001";
    private static final String ZAAK = "00000000-0000-4000-8000-00000000a001";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shapes a record reaches Kamergraaf in. */
    enum Shape {
        /** {"@odata.context": "…#Stemming", "value": [...]}, with the key to the besluit. */
        PAGE_WITH_CONTEXT(true),
        /** The raw harvest: a bare array, every key left out by $select; the votes cannot name their besluit. */
        BARE_ARRAY_WITHOUT_KEYS(false),
        /** One Besluit object, not wrapped in a page, its votes expanded inside it. */
        SINGLE_RECORD(true),
        /** {"value": [Besluit{Stemming: [...]}]} with no context, in a file whose name says no type. */
        NESTED_DEPTH_ONE(true),
        /** {"value": [Zaak{Besluit: [{Stemming: [...]}]}]}: the votes two expansions deep. */
        NESTED_DEPTH_TWO(true);

        final boolean linksBesluit;

        Shape(boolean linksBesluit) {
            this.linksBesluit = linksBesluit;
        }
    }

    private static ArrayNode votes;
    /** The fractie the raw data names by each name (learnt from the votes that state name and key together). */
    private static Map<String, String> fractieByName;

    @BeforeAll
    static void readRawVotes() throws IOException {
        try (InputStream in = RecordShapesTest.class.getResourceAsStream("/fixtures/rollcall/stemmingen-hoofdelijk-2025-10-02.json")) {
            votes = (ArrayNode) JSON.readTree(in);
        }
        Map<String, Set<String>> ids = new HashMap<>();
        JsonNode page = JSON.readTree(keyedVotesPage().toFile());
        for (JsonNode v : page.path("value")) {
            if (v.hasNonNull("Fractie_Id") && v.hasNonNull("ActorFractie")) {
                ids.computeIfAbsent(v.get("ActorFractie").asText(), k -> new TreeSet<>()).add(v.get("Fractie_Id").asText().toLowerCase());
            }
        }
        fractieByName = new HashMap<>();
        ids.forEach((name, set) -> { if (set.size() == 1) fractieByName.put(name, set.iterator().next()); });
    }

    /** A real page of fractie votes that state each fractie by name and key (and expand the Fractie records). */
    private static Path keyedVotesPage() {
        return ProjectFiles.dataDir().resolve("tk-opendata/stemming/stemming_page_0001_enriched_20251003T133642Z.json");
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void everyMemberVoteOfTheRollCallWeighsOneSeatAndTheCountsAreTheRawSums(Shape shape, @TempDir Path dir) throws IOException {
        MappingRun run = map(shape, dir);
        assertEquals(List.of(), run.report().problems());

        List<String> weights = run.column("""
                PREFIX opengov: <http://www.w3.org/ns/opengov#>
                SELECT ?w WHERE { ?v a kg:Stemming ; kg:fractiegrootte ?size ; opengov:weight ?w } ORDER BY ?v""", "w");
        assertEquals(150, weights.size(), "each of the 150 member votes is mapped as a member's vote");
        assertTrue(weights.stream().allMatch("1"::equals), "a member's vote weighs 1: " + new TreeSet<>(weights));

        if (shape.linksBesluit) {
            Map<String, Long> raw = new TreeMap<>();
            votes.forEach(v -> raw.merge(v.get("Soort").asText(), 1L, Long::sum));
            assertEquals(Map.of("Voor", 72L, "Tegen", 74L, "Niet deelgenomen", 4L), raw, "the fixture is the roll call it says");
            Map<String, Long> counted = new TreeMap<>();
            run.select("""
                    PREFIX opengov: <http://www.w3.org/ns/opengov#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?option ?n WHERE { <%s/id/stemmingsuitslag/%s> opengov:count ?c .
                      ?c opengov:option/skos:prefLabel ?option ; opengov:value ?n FILTER(LANG(?option) = "nl") }""".formatted(BASE, BESLUIT))
               .forEach(r -> counted.put(r.get("option"), Long.parseLong(r.get("n"))));
            assertEquals(raw, counted);
            assertTrue(counted.values().stream().mapToLong(Long::longValue).sum() <= 150);
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void theFractieNamedOnlyByNameIsTheFractieTheKeyedRecordsGiveThatName(Shape shape, @TempDir Path dir) throws IOException {
        MappingRun run = map(shape, dir);
        Map<String, String> expected = new TreeMap<>();
        for (JsonNode v : votes) {
            String id = fractieByName.get(v.get("ActorFractie").asText());
            assertTrue(id != null, "the keyed page names fractie " + v.get("ActorFractie"));
            expected.put(BASE + "/id/stemming/" + v.get("Id").asText(), BASE + "/id/fractie/" + id);
        }
        Map<String, String> actual = new TreeMap<>();
        run.select("""
                PREFIX opengov: <http://www.w3.org/ns/opengov#>
                SELECT ?v ?f WHERE { ?v a kg:Stemming ; kg:fractiegrootte ?size ; opengov:organization ?f }""")
           .forEach(r -> actual.put(r.get("v"), r.get("f")));
        assertEquals(expected, actual);
        assertTrue(run.column("SELECT ?n WHERE { ?v kg:fractienaam ?n }", "n").isEmpty(), "no name left unresolved");
    }

    @Test
    void theSameVoteFactsComeOutOfEveryShape(@TempDir Path dir) throws IOException {
        Set<String> first = null;
        for (Shape shape : Shape.values()) {
            Set<String> facts = new TreeSet<>(map(shape, Files.createDirectory(dir.resolve(shape.name()))).column("""
                    PREFIX opengov: <http://www.w3.org/ns/opengov#>
                    SELECT (CONCAT(STR(?v), " ", STR(?w), " ", STR(?o), " ", STR(?f), " ", STR(?size), " ", STR(?label)) AS ?fact)
                    WHERE { ?v a kg:Stemming ; kg:fractiegrootte ?size ; opengov:weight ?w ; opengov:option ?o ;
                              opengov:organization ?f ; rdfs:label ?label }""", "fact"));
            assertEquals(150, facts.size(), shape.name());
            if (first == null) first = facts;
            assertEquals(first, facts, shape + " gives other facts than " + Shape.values()[0]);
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void theDataInvariantsHoldOnEveryShape(Shape shape, @TempDir Path dir) throws IOException {
        assertEquals(List.of(), DataInvariants.ofOntology().check(map(shape, dir).dataset()));
    }

    @Test
    void keysLeftOutBySelectGiveTheSameFractieLinksAsTheKeys(@TempDir Path dir) throws IOException {
        // A real Besluit with its motion, indiener and 20 fractie votes, once as harvested and once with every
        // foreign key left out, as a $select without keys returns it: the links to the fracties are the same. Real
        // pages that state those fracties by name and key are mapped beside it, as a harvest would have them.
        Path besluit = ProjectFiles.dataDir().resolve("tk-opendata/besluit/singular.besluit.json");
        String query = """
                PREFIX opengov: <http://www.w3.org/ns/opengov#>
                SELECT ?x ?f WHERE { { ?x a kg:Stemming ; opengov:organization ?f } UNION { ?x a kg:Actorrol ; kg:fractie ?f } }""";
        Path keyed = Files.createDirectories(dir.resolve("keyed/besluit"));
        Files.copy(besluit, keyed.resolve("singular.besluit.json"));
        Path bare = Files.createDirectories(dir.resolve("bare"));
        Files.writeString(bare.resolve("export.json"), JSON.writeValueAsString(withoutForeignKeys(JSON.readTree(besluit.toFile()))));
        Set<String> withKeys = new TreeSet<>();
        Path olderVotes = ProjectFiles.dataDir().resolve("tk-opendata/stemming/stemming_page_1_complete_20251003_084727.json");
        MappingRun.of(keyed, keyedVotesPage(), olderVotes).select(query).forEach(r -> withKeys.add(r.get("x") + " " + r.get("f")));
        Set<String> withoutKeys = new TreeSet<>();
        MappingRun.of(bare, keyedVotesPage(), olderVotes).select(query).forEach(r -> withoutKeys.add(r.get("x") + " " + r.get("f")));
        Set<String> ofBesluit = new HashSet<>();
        for (String s : withKeys) if (!s.contains("/id/stemming/") || isVoteOf(s, besluit)) ofBesluit.add(s);
        assertTrue(ofBesluit.size() >= 21, "20 fractie votes and the indiener's role: " + ofBesluit.size());
        assertTrue(withoutKeys.containsAll(ofBesluit), "missing without keys: " + diff(ofBesluit, withoutKeys));
    }

    private static boolean isVoteOf(String fact, Path besluit) {
        try {
            for (JsonNode v : JSON.readTree(besluit.toFile()).path("Stemming")) {
                if (fact.contains(v.get("Id").asText())) return true;
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    /** Every {@code X_Id} field left out, at any depth, and the context too: what a $select without keys returns. */
    private static JsonNode withoutForeignKeys(JsonNode node) {
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(n -> out.add(withoutForeignKeys(n)));
            return out;
        }
        if (!node.isObject()) return node;
        ObjectNode out = JSON.createObjectNode();
        node.fields().forEachRemaining(f -> {
            if (!f.getKey().endsWith("_Id") && !f.getKey().startsWith("@")) out.set(f.getKey(), withoutForeignKeys(f.getValue()));
        });
        return out;
    }

    /** Writes the roll call in the given shape to a folder whose name says no type, and maps it with the keyed page. */
    private static MappingRun map(Shape shape, Path dir) throws IOException {
        Path file = dir.resolve("export.json");
        JsonNode content = switch (shape) {
            case PAGE_WITH_CONTEXT -> JSON.createObjectNode()
                    .put("@odata.context", "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Stemming")
                    .set("value", withBesluitKey());
            case BARE_ARRAY_WITHOUT_KEYS -> votes;
            case SINGLE_RECORD -> besluit();
            case NESTED_DEPTH_ONE -> JSON.createObjectNode().set("value", JSON.createArrayNode().add(besluit()));
            case NESTED_DEPTH_TWO -> JSON.createObjectNode().set("value", JSON.createArrayNode().add(JSON.createObjectNode()
                    .put("Id", ZAAK).put("Soort", "Motie").put("Titel", "Zaak van de test (envelop)")
                    .put("GewijzigdOp", "2025-10-02T10:02:46+02:00").put("ApiGewijzigdOp", "2025-10-02T08:03:01Z").put("Verwijderd", false)
                    .set("Besluit", JSON.createArrayNode().add(besluit()))));
        };
        Files.writeString(file, JSON.writeValueAsString(content));
        return MappingRun.of(dir, keyedVotesPage());
    }

    private static ArrayNode withBesluitKey() {
        ArrayNode out = JSON.createArrayNode();
        votes.forEach(v -> out.add(((ObjectNode) v.deepCopy()).put("Besluit_Id", BESLUIT)));
        return out;
    }

    /** The test's Besluit envelope, a roll call, with the real votes expanded inside it and no keys. */
    private static ObjectNode besluit() {
        ObjectNode b = JSON.createObjectNode()
                .put("Id", BESLUIT).put("StemmingsSoort", "Hoofdelijk").put("BesluitSoort", "Stemmen - verworpen")
                .put("BesluitTekst", "Verworpen (72-74).").put("Status", "Besluit")
                .put("GewijzigdOp", "2025-10-02T10:02:46+02:00").put("ApiGewijzigdOp", "2025-10-02T08:03:01Z").put("Verwijderd", false);
        b.set("Stemming", votes.deepCopy());
        return b;
    }
}
