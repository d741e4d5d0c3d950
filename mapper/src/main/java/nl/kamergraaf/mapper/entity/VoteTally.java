package nl.kamergraaf.mapper.entity;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import nl.kamergraaf.mapper.RunIndexes;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.runindex.SortedStrings;
import nl.kamergraaf.mapper.runindex.StringTable;

/**
 * The counts of each vote event, gathered from every Stemming record of a run in the prepare pass: per besluit, the
 * sum of the votes' weights per option (Voor, Tegen, ...): a fractie's vote weighs its FractieGrootte, a member's
 * vote 1 ({@link VoteWeight}; whether a besluit is a roll call is known only once every file is read). A Stemming seen twice (in two pages, or expanded inside a
 * Besluit) counts once, in its newest version; a deleted Stemming does not count.
 * <p>
 * Some four million votes in the whole Tweede Kamer: the state of each Stemming (its newest vote, or when it was
 * deleted) is kept in a {@link StringTable} on disk, and the counts are made from the votes sorted on disk by besluit.
 */
public final class VoteTally {
    /** Between the besluit and the rest of a sorted vote: below every character of a GUID, so besluiten sort first. */
    private static final char BESLUIT_END = '\u0000';

    private record Vote(String besluit, String option, boolean byMember, Integer fractieGrootte, String modified, String source) {
        Integer weight(Predicate<String> rollCallBesluit) {
            return byMember || rollCallBesluit.test(besluit) ? Integer.valueOf(1) : fractieGrootte;
        }
    }

    /** The counts of one besluit: option to summed weight, in a stable order, and the files they came from. */
    public record Counts(SortedMap<String, Long> perOption, SortedSet<String> sources) {}

    private final RunIndexes indexes;
    /** Stemming GUID (lowercase) to its state: a vote ("V" …) or the time it was deleted ("D" …). */
    private final StringTable states;
    private long live;

    public VoteTally(RunIndexes indexes) {
        this.indexes = indexes;
        this.states = indexes.stringTable("votes");
    }

    public void vote(String stemmingId, String besluitId, String option, boolean byMember, Integer fractieGrootte,
            String modified, String source) {
        String id = stemmingId.toLowerCase(Locale.ROOT);
        String state = states.get(id).orElse(null);
        List<String> f = state == null ? null : Packed.unpack(state);
        if (f != null) {
            if (isDeleted(f) && compare(f.get(1), modified) >= 0) return;
            if (!isDeleted(f) && compare(modified, f.get(1)) <= 0) return;
        }
        if (f == null || isDeleted(f)) live++;
        states.put(id, Packed.pack("V", nonNull(modified), besluitId.toLowerCase(Locale.ROOT), option, byMember ? "1" : "0",
                fractieGrootte == null ? "" : fractieGrootte.toString(), source));
    }

    public void deleted(String stemmingId, String modified) {
        String id = stemmingId.toLowerCase(Locale.ROOT);
        String at = nonNull(modified);
        String state = states.get(id).orElse(null);
        if (state != null) {
            List<String> f = Packed.unpack(state);
            if (isDeleted(f)) {
                if (compare(f.get(1), at) >= 0) return; // the later deletion stays
            } else {
                if (compare(modified, f.get(1)) < 0) return; // a newer vote stands
                live--;
            }
        }
        states.put(id, Packed.pack("D", at));
    }

    /**
     * Per besluit GUID (lowercase, sorted), its counts; a vote that states no weight is left out. Sorted on disk; the
     * iterator holds one besluit's counts at a time.
     */
    public Iterator<Map.Entry<String, Counts>> perBesluit(Predicate<String> rollCallBesluit) {
        SortedStrings sorted = indexes.sortedStrings("votes-by-besluit");
        states.forEach((id, state) -> {
            List<String> f = Packed.unpack(state);
            if (isDeleted(f)) return;
            Vote v = new Vote(f.get(2), f.get(3), f.get(4).equals("1"), f.get(5).isEmpty() ? null : Integer.valueOf(f.get(5)),
                    f.get(1), f.get(6));
            Integer weight = v.weight(rollCallBesluit);
            if (weight == null) return;
            sorted.add(v.besluit() + BESLUIT_END + Packed.pack(v.option(), weight.toString(), v.source()));
        });
        return new Grouped(sorted.sorted(), sorted);
    }

    public boolean isEmpty() {
        return live == 0;
    }

    private static boolean isDeleted(List<String> state) {
        return state.get(0).equals("D");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
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

    /** The sorted votes, one besluit's counts at a time; their files are deleted once read to the end. */
    private static final class Grouped implements Iterator<Map.Entry<String, Counts>> {
        private final Iterator<String> votes;
        private final SortedStrings files;
        private String pending;

        Grouped(Iterator<String> votes, SortedStrings files) {
            this.votes = votes;
            this.files = files;
            this.pending = nextVote();
        }

        private String nextVote() {
            if (votes.hasNext()) return votes.next();
            files.close();
            return null;
        }

        @Override
        public boolean hasNext() {
            return pending != null;
        }

        @Override
        public Map.Entry<String, Counts> next() {
            if (pending == null) throw new NoSuchElementException();
            String besluit = pending.substring(0, pending.indexOf(BESLUIT_END));
            Counts c = new Counts(new TreeMap<>(), new TreeSet<>());
            while (pending != null && pending.startsWith(besluit + BESLUIT_END)) {
                List<String> f = Packed.unpack(pending.substring(besluit.length() + 1));
                c.perOption().merge(f.get(0), Long.parseLong(f.get(1)), Long::sum);
                c.sources().add(f.get(2));
                pending = nextVote();
            }
            return new AbstractMap.SimpleImmutableEntry<>(besluit, c);
        }
    }

    /** Fields in one string, each as its length, ':' and its text, so that any text (also ':') round-trips. */
    static final class Packed {
        private Packed() {}

        static String pack(String... fields) {
            StringBuilder b = new StringBuilder();
            for (String f : fields) b.append(f.length()).append(':').append(f);
            return b.toString();
        }

        static List<String> unpack(String s) {
            List<String> out = new ArrayList<>(7);
            int i = 0;
            while (i < s.length()) {
                int colon = s.indexOf(':', i);
                int n = Integer.parseInt(s, i, colon, 10);
                out.add(s.substring(colon + 1, colon + 1 + n));
                i = colon + 1 + n;
            }
            return out;
        }
    }
}
