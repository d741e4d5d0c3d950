package nl.kamergraaf.mapper.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * Who held a post (minister van Economische Zaken, staatssecretaris van Financiën) and when, to resolve "de minister van
 * X" in a text to a person. A mention resolves only when exactly one known holding covers the document's date: a post
 * named in text without a date, or with two holders that fit, gives the post and no person.
 */
public final class PostDirectory {
    /** One person's holding of one post; {@code to} is null while the person still holds it. */
    public record Holding(PersonDirectory.Person person, LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private final Map<String, List<Holding>> byPost = new HashMap<>();

    /** Records that {@code person} held the post named {@code postName} ("minister van Financiën") from {@code from} to {@code to}. */
    public void add(String postName, PersonDirectory.Person person, LocalDate from, LocalDate to) {
        if (postName == null || person == null || from == null) return;
        List<Holding> holdings = byPost.computeIfAbsent(UriMinter.slug(postName), k -> new ArrayList<>());
        Holding h = new Holding(person, from, to);
        if (!holdings.contains(h)) holdings.add(h);
    }

    /** The one person who held the post on that date, if the data says so unambiguously. */
    public Optional<PersonDirectory.Person> holderAt(String postName, LocalDate date) {
        if (date == null) return Optional.empty();
        List<PersonDirectory.Person> fits = byPost.getOrDefault(UriMinter.slug(postName), List.of()).stream()
                .filter(h -> h.covers(date)).map(Holding::person).distinct().toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    public int size() {
        return byPost.values().stream().mapToInt(List::size).sum();
    }
}
