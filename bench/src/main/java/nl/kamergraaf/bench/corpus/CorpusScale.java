package nl.kamergraaf.bench.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many records of each entity type a corpus has at a scale factor. Scale 1.0 is the order of the full Tweede
 * Kamer corpus since 2008 as issue 10 states it (about a million documents and zaken, several hundred thousand
 * activiteiten and agendapunten, about a million besluiten, several million votes): the real pages hold a few hundred
 * records of each type and cannot tell the totals. Persons and fractie memberships grow far slower than the rest and
 * keep a floor of one parliament (150 seats).
 */
public record CorpusScale(double factor) {
    /** Records at scale 1.0, per entity type. Stemming is a target: votes come per voted besluit. */
    static final Map<String, Long> FULL = fullCorpus();
    /** The votes (Stemming records) of the full corpus; the share of besluiten with a vote is set to reach it. */
    static final long FULL_VOTES = 4_000_000;
    private static final long SEATS = 150;

    public CorpusScale {
        if (!(factor > 0) || factor > 10) throw new IllegalArgumentException("scale factor must be in (0, 10], got " + factor);
    }

    private static Map<String, Long> fullCorpus() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("Persoon", 1_500L);
        m.put("FractieZetelPersoon", 5_000L);
        m.put("Vergadering", 20_000L);
        m.put("Activiteit", 300_000L);
        m.put("Agendapunt", 400_000L);
        m.put("Document", 1_000_000L);
        m.put("Zaak", 800_000L);
        m.put("Besluit", 1_000_000L);
        return m;
    }

    /** The number of records of a type at this scale (at least 1; at least one parliament of persons). */
    public long count(String entityType) {
        Long full = FULL.get(entityType);
        if (full == null) throw new IllegalArgumentException("No count for entity type " + entityType);
        long n = Math.max(1, Math.round(full * factor));
        if (entityType.equals("Persoon") || entityType.equals("FractieZetelPersoon")) n = Math.max(SEATS, n);
        return n;
    }

    /** The number of votes aimed at; the generated number follows from the besluiten drawn. */
    public long targetVotes() {
        return Math.max(1, Math.round(FULL_VOTES * factor));
    }
}
