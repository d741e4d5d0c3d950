package nl.kamergraaf.mapper.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The persons of the Tweede Kamer data, to resolve names found in text. A name resolves only when exactly one person
 * fits it: an ambiguous surname gives no link rather than a wrong one.
 */
public final class PersonDirectory {
    /** A person as the Tweede Kamer records them. */
    public record Person(String id, String initialen, String tussenvoegsel, String achternaam, String roepnaam) {
        public String displayName() {
            StringBuilder sb = new StringBuilder();
            if (initialen != null) sb.append(initialen).append(' ');
            if (tussenvoegsel != null && !tussenvoegsel.isBlank()) sb.append(tussenvoegsel).append(' ');
            return sb.append(achternaam).toString();
        }
    }

    private final Map<String, List<Person>> bySurname = new HashMap<>();
    private final Map<String, Person> byId = new HashMap<>();

    public void add(Person person) {
        if (byId.putIfAbsent(person.id(), person) != null) return;
        bySurname.computeIfAbsent(key(person.achternaam()), k -> new ArrayList<>()).add(person);
    }

    public int size() {
        return byId.size();
    }

    /**
     * Resolves a name as text writes it: "Zeedijk", "F.A. Zeedijk", "Van der Plas", "de Beer". Initials, when given,
     * must agree with the person's.
     */
    public Optional<Person> resolve(String name) {
        String[] parts = name.strip().split("\\s+");
        String initials = null;
        int from = 0;
        if (parts.length > 1 && parts[0].matches("(\\p{Lu}\\.)+")) {
            initials = parts[0];
            from = 1;
        }
        // The surname is the last word; words before it are a tussenvoegsel ("van der").
        String surname = parts[parts.length - 1];
        String tussenvoegsel = String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length - 1));
        List<Person> candidates = bySurname.getOrDefault(key(surname), List.of());
        final String wantedInitials = initials;
        List<Person> fits = candidates.stream()
                .filter(p -> wantedInitials == null || wantedInitials.equalsIgnoreCase(p.initialen()))
                .filter(p -> tussenvoegsel.isEmpty() || tussenvoegsel.equalsIgnoreCase(nullToEmpty(p.tussenvoegsel())))
                .toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String key(String surname) {
        return Normalizer.normalize(surname, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
