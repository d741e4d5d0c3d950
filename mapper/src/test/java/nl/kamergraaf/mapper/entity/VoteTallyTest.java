package nl.kamergraaf.mapper.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.RunIndexes;

class VoteTallyTest {
    private static final String T1 = "2024-01-01T10:00:00+01:00";
    private static final String T2 = "2024-02-01T10:00:00+01:00";
    private static final String T3 = "2024-03-01T10:00:00+01:00";

    private final RunIndexes indexes = RunIndexes.create();
    private final VoteTally tally = new VoteTally(indexes);

    @AfterEach
    void close() {
        indexes.close();
    }

    private List<Map.Entry<String, VoteTally.Counts>> counts(Set<String> rollCalls) {
        List<Map.Entry<String, VoteTally.Counts>> out = new ArrayList<>();
        tally.perBesluit(rollCalls::contains).forEachRemaining(out::add);
        return out;
    }

    private Map<String, Long> perOption(String besluit) {
        return counts(Set.of()).stream().filter(e -> e.getKey().equals(besluit)).findFirst()
                .map(e -> (Map<String, Long>) e.getValue().perOption()).orElse(Map.of());
    }

    @Test
    void fractieVotesWeighTheirSizeAndMemberVotesOne() {
        tally.vote("s1", "B1", "Voor", false, 37, T1, "a.json");
        tally.vote("s2", "b1", "Tegen", false, 9, T1, "a.json");
        tally.vote("s3", "b1", "Voor", true, 5, T1, "b.json");
        tally.vote("s4", "b1", "Niet deelgenomen", false, null, T1, "b.json");
        assertEquals(Map.of("Voor", 38L, "Tegen", 9L), perOption("b1"));
        assertEquals(Set.of("a.json", "b.json"), counts(Set.of()).get(0).getValue().sources());
    }

    @Test
    void aRollCallBesluitCountsEveryVoteOnce() {
        tally.vote("s1", "b1", "Voor", false, 37, T1, "a.json");
        tally.vote("s2", "b1", "Tegen", false, 9, T1, "a.json");
        assertEquals(Map.of("Voor", 1L, "Tegen", 1L), counts(Set.of("b1")).get(0).getValue().perOption());
    }

    @Test
    void aReVoteCountsInItsNewestVersionOnlyWhateverTheOrder() {
        tally.vote("S1", "b1", "Voor", false, 10, T2, "new.json");
        tally.vote("s1", "b1", "Tegen", false, 10, T1, "old.json"); // older: ignored
        tally.vote("s2", "b1", "Voor", false, 4, T1, "a.json");
        tally.vote("s2", "b1", "Tegen", false, 4, T3, "a.json"); // newer: replaces
        assertEquals(Map.of("Voor", 10L, "Tegen", 4L), perOption("b1"));
        assertEquals(Set.of("new.json", "a.json"), counts(Set.of()).get(0).getValue().sources());
    }

    @Test
    void aDeletedVoteDoesNotCountUnlessVotedAgainLater() {
        tally.vote("s1", "b1", "Voor", false, 10, T1, "a.json");
        tally.deleted("s1", T2);
        tally.vote("s1", "b1", "Voor", false, 10, T1, "copy.json"); // the old version seen again: still deleted
        tally.vote("s2", "b2", "Tegen", false, 3, T1, "a.json");
        tally.deleted("s2", T2);
        tally.vote("s2", "b2", "Tegen", false, 3, T3, "later.json"); // voted again after the deletion
        tally.vote("s3", "b3", "Voor", false, 3, T3, "a.json");
        tally.deleted("s3", T2); // an older deletion does not remove a newer vote
        List<String> besluiten = counts(Set.of()).stream().map(Map.Entry::getKey).toList();
        assertEquals(List.of("b2", "b3"), besluiten);
        assertEquals(Map.of("Tegen", 3L), perOption("b2"));
    }

    @Test
    void onlyDeletedVotesLeaveTheTallyEmpty() {
        assertTrue(tally.isEmpty());
        tally.deleted("s0", null);
        tally.vote("s0", "b1", "Voor", false, 1, null, "a.json"); // no later than an undated deletion
        assertTrue(tally.isEmpty());
        tally.vote("s1", "b1", "Voor", false, 1, T1, "a.json");
        assertFalse(tally.isEmpty());
        tally.deleted("s1", T1);
        assertTrue(tally.isEmpty());
        assertEquals(List.of(), counts(Set.of()));
    }

    @Test
    void besluitenComeSortedAndEachOnceAmongManyVotes() {
        for (int i = 0; i < 30_000; i++) {
            tally.vote("s" + i, String.format("%08x-besluit", (i * 7919) % 1000), (i % 2 == 0) ? "Voor" : "Tegen", false, 2,
                    T1, "p" + (i % 3) + ".json");
        }
        Iterator<Map.Entry<String, VoteTally.Counts>> it = tally.perBesluit(b -> false);
        String previous = "";
        int besluiten = 0;
        long votes = 0;
        while (it.hasNext()) {
            Map.Entry<String, VoteTally.Counts> e = it.next();
            assertTrue(e.getKey().compareTo(previous) > 0, e.getKey() + " after " + previous);
            previous = e.getKey();
            besluiten++;
            votes += e.getValue().perOption().values().stream().mapToLong(Long::longValue).sum();
        }
        assertEquals(1000, besluiten);
        assertEquals(60_000, votes);
    }

    @Test
    void textWithTheSeparatorsOfTheStoredFormRoundTrips() {
        tally.vote("s1", "b1", "Voor: 3:x", false, 2, T1, "dir/with:colon ü.json");
        assertEquals(Map.of("Voor: 3:x", 2L), perOption("b1"));
        assertEquals(Set.of("dir/with:colon ü.json"), counts(Set.of()).get(0).getValue().sources());
    }
}
