package nl.kamergraaf.mapper.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        if (person.achternaam() == null || person.achternaam().isBlank()) return;
        if (byId.putIfAbsent(person.id(), person) != null) return;
        bySurname.computeIfAbsent(lastWord(person.achternaam()), k -> new ArrayList<>()).add(person);
    }

    public int size() {
        return byId.size();
    }

    /**
     * Resolves a name as parliamentary text writes it: "Zeedijk", "F.A. Zeedijk", "Van der Plas", "De Hoop",
     * "Inge van Dijk" (roepnaam before the name), "Martens-America", "Van Campen c.s.". The Kamer writes a member's
     * tussenvoegsel whenever the member has one, so "Dijk" is the member without one, never one of the Van Dijks.
     * Initials, when given, must agree with the person's. Exactly one fitting person or none.
     */
    public Optional<Person> resolve(String name) {
        String cleaned = name.replaceAll("\\s+c\\.s\\.?\\s*$", "").replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        Matcher m = INITIALS.matcher(cleaned);
        String initials = null;
        if (m.lookingAt()) {
            initials = m.group(1).replaceAll("\\s+", "");
            cleaned = cleaned.substring(m.end()).strip();
        }
        if (cleaned.isEmpty()) return Optional.empty();
        String wanted = key(cleaned);
        List<Person> candidates = bySurname.getOrDefault(lastWord(cleaned), List.of());
        final String wantedInitials = initials;
        List<Person> fits = candidates.stream()
                .filter(p -> wantedInitials == null || sameInitials(wantedInitials, p.initialen()))
                .filter(p -> wanted.equals(key(fullSurname(p)))
                        || (p.roepnaam() != null && wanted.equals(key(p.roepnaam() + " " + fullSurname(p)))))
                .toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private static final Pattern INITIALS = Pattern.compile("((?:\\p{Lu}{1,2}\\.\\s?)+)(?=\\s*\\p{Lu})");

    /** "van der Plas", "Zeedijk": the surname as the Kamer writes it, tussenvoegsel included. */
    private static String fullSurname(Person p) {
        String tv = p.tussenvoegsel() == null ? "" : p.tussenvoegsel().strip();
        return tv.isEmpty() ? p.achternaam() : tv + " " + p.achternaam();
    }

    /** "M.G.F" in the data and "M.G.F." in text are the same initials. */
    private static boolean sameInitials(String a, String b) {
        if (b == null) return false;
        return a.replace(".", "").equalsIgnoreCase(b.replace(".", "").replaceAll("\\s+", ""));
    }

    private static String lastWord(String name) {
        String[] words = key(name).split(" ");
        return words[words.length - 1];
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('’', '\'')
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
