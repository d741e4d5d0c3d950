package nl.kamergraaf.mapper.directory;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fracties a mapping run knows, to find the fractie a record names only by its name ({@code "ActorFractie":
 * "JA21"} without a {@code Fractie_Id}, as a {@code $select} without keys or an old harvest gives it). Names are
 * learnt from Fractie records (Afkorting, NaamNL, with the period the fractie was active) and from every record that
 * states a name beside a key (a vote with ActorFractie and Fractie_Id: "NSC" is the fractie whose Afkorting is "Nieuw
 * Sociaal Contract"). A name resolves only when exactly one fractie fits it at the record's date; otherwise the
 * caller keeps the name as it is.
 */
public final class FractieDirectory {
    /** What the run knows of one fractie. */
    private static final class Known {
        final String id;
        boolean hasRecord;
        LocalDate active;
        LocalDate inactive;
        /** The name observed most recently beside the key, for a fractie without a record of its own. */
        String latestName;
        LocalDate latestNameDate;

        Known(String id) {
            this.id = id;
        }

        /** False only when the fractie's own record says it was not active at that date. */
        boolean possibleAt(LocalDate date) {
            if (date == null) return true;
            if (active != null && date.isBefore(active)) return false;
            return inactive == null || !date.isAfter(inactive);
        }
    }

    /** A name seen for a fractie, with the first and last date it was seen (null dates: the fractie's record). */
    private record Naming(String id, LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return date == null || from == null || (!date.isBefore(from) && !date.isAfter(to));
        }
    }

    private final Map<String, Known> byId = new HashMap<>();
    private final Map<String, List<Naming>> byName = new HashMap<>();

    /** A Fractie record: its GUID, short and full name, and the dates it became active and inactive (may be null). */
    public void addRecord(String id, String afkorting, String naam, LocalDate active, LocalDate inactive) {
        Known k = known(id);
        k.hasRecord = true;
        k.active = active;
        k.inactive = inactive;
        for (String name : new String[] {afkorting, naam}) {
            if (name != null) name(name, id, null);
        }
    }

    /** A record that names a fractie both by key and by name, at a date (the record's GewijzigdOp; may be null). */
    public void observe(String id, String name, LocalDate date) {
        if (id == null || name == null || name.isBlank()) return;
        Known k = known(id);
        if (k.latestName == null || (date != null && (k.latestNameDate == null || date.isAfter(k.latestNameDate)))
                || (date != null && date.equals(k.latestNameDate) && name.compareTo(k.latestName) < 0)) {
            k.latestName = name;
            k.latestNameDate = date;
        }
        name(name, id, date);
    }

    /** The GUID of the one fractie that bears this name at that date, if exactly one does. */
    public Optional<String> resolve(String name, LocalDate date) {
        if (name == null) return Optional.empty();
        List<Naming> namings = byName.get(normal(name));
        if (namings == null) return Optional.empty();
        List<String> possible = new ArrayList<>();
        for (Naming n : namings) {
            if (!possible.contains(n.id()) && byId.get(n.id()).possibleAt(date)) possible.add(n.id());
        }
        if (possible.size() == 1) return Optional.of(possible.get(0));
        // Two fracties have borne the name: the one seen with it around that date.
        List<String> seenThen = new ArrayList<>();
        for (Naming n : namings) {
            if (possible.contains(n.id()) && n.from() != null && n.covers(date) && !seenThen.contains(n.id())) seenThen.add(n.id());
        }
        return seenThen.size() == 1 ? Optional.of(seenThen.get(0)) : Optional.empty();
    }

    /** Whether the run maps the fractie's own record, which then gives its labels. */
    public boolean hasRecord(String id) {
        Known k = id == null ? null : byId.get(id.toLowerCase(Locale.ROOT));
        return k != null && k.hasRecord;
    }

    /**
     * The one name to label a fractie with that has no record in the run: the name seen most recently beside its key
     * (ties: the first in order), so that every vote naming it gives it the same label.
     */
    public Optional<String> nameOf(String id) {
        Known k = id == null ? null : byId.get(id.toLowerCase(Locale.ROOT));
        return k == null ? Optional.empty() : Optional.ofNullable(k.latestName);
    }

    public int size() {
        return byId.size();
    }

    private Known known(String id) {
        return byId.computeIfAbsent(id.toLowerCase(Locale.ROOT), Known::new);
    }

    private void name(String name, String id, LocalDate date) {
        String key = id.toLowerCase(Locale.ROOT);
        List<Naming> namings = byName.computeIfAbsent(normal(name), k -> new ArrayList<>());
        for (int i = 0; i < namings.size(); i++) {
            Naming n = namings.get(i);
            if (!n.id().equals(key) || (n.from() == null) != (date == null)) continue;
            if (date != null) {
                namings.set(i, new Naming(key, date.isBefore(n.from()) ? date : n.from(), date.isAfter(n.to()) ? date : n.to()));
            }
            return;
        }
        namings.add(new Naming(key, date, date));
    }

    /** "Gündoğan" and "Gündogan", "GroenLinks-PvdA" and "groenlinks-pvda " are the same name. */
    static String normal(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
