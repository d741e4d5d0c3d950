package nl.kamergraaf.mapper.odata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The counts of each vote event, gathered from every Stemming record of a run in the prepare pass: per besluit, the
 * sum of the votes' weights per option (Voor, Tegen, ...): a fractie's vote weighs its FractieGrootte, a member's
 * vote 1 ({@link VoteWeight}; whether a besluit is a roll call is known only once every file is read). A Stemming seen twice (in two pages, or expanded inside a
 * Besluit) counts once, in its newest version; a deleted Stemming does not count. Holds one small entry per Stemming.
 */
public final class VoteTally {
    private record Vote(String besluit, String option, boolean byMember, Integer fractieGrootte, String modified, String source) {
        Integer weight(Predicate<String> rollCallBesluit) {
            return byMember || rollCallBesluit.test(besluit) ? Integer.valueOf(1) : fractieGrootte;
        }
    }

    /** The counts of one besluit: option to summed weight, in a stable order, and the files they came from. */
    public record Counts(SortedMap<String, Long> perOption, SortedSet<String> sources) {}

    private final Map<String, Vote> votes = new HashMap<>();
    private final Map<String, String> deletedAt = new HashMap<>();

    public void vote(String stemmingId, String besluitId, String option, boolean byMember, Integer fractieGrootte,
            String modified, String source) {
        String id = stemmingId.toLowerCase(Locale.ROOT);
        String deleted = deletedAt.get(id);
        if (deleted != null && compare(deleted, modified) >= 0) return;
        Vote old = votes.get(id);
        if (old == null || compare(modified, old.modified()) > 0) {
            votes.put(id, new Vote(besluitId.toLowerCase(Locale.ROOT), option, byMember, fractieGrootte, modified, source));
        }
    }

    public void deleted(String stemmingId, String modified) {
        String id = stemmingId.toLowerCase(Locale.ROOT);
        Vote old = votes.get(id);
        if (old == null || compare(modified, old.modified()) >= 0) {
            votes.remove(id);
            deletedAt.merge(id, modified == null ? "" : modified, (a, b) -> compare(a, b) >= 0 ? a : b);
        }
    }

    /** Per besluit GUID (lowercase, sorted), its counts; a vote that states no weight is left out. */
    public SortedMap<String, Counts> perBesluit(Predicate<String> rollCallBesluit) {
        SortedMap<String, Counts> out = new TreeMap<>();
        for (Vote v : votes.values()) {
            Integer weight = v.weight(rollCallBesluit);
            if (weight == null) continue;
            Counts c = out.computeIfAbsent(v.besluit(), k -> new Counts(new TreeMap<>(), new TreeSet<>()));
            c.perOption().merge(v.option(), (long) weight, Long::sum);
            c.sources().add(v.source());
        }
        return out;
    }

    public boolean isEmpty() {
        return votes.isEmpty();
    }

    /** Compares ApiGewijzigdOp values as instants; null (or unreadable) is oldest. */
    private static int compare(String a, String b) {
        return instant(a).compareTo(instant(b));
    }

    private static java.time.Instant instant(String s) {
        if (s == null || s.isEmpty()) return java.time.Instant.MIN;
        try {
            return java.time.OffsetDateTime.parse(s).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.Instant.MIN;
        }
    }
}
