package nl.kamergraaf.mapper.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * Finds posts named by function: "de minister van Economische Zaken", "de staatssecretaris van Financiën",
 * "de minister voor Buitenlandse Handel en Ontwikkelingshulp". The words after "van"/"voor" are read only as far as
 * they name a ministry the gazetteer knows ("Ministerie van Economische Zaken"), taking the longest such name, so
 * "de minister van Economische Zaken Beljaarts" is the post of Economische Zaken and nothing else; a ministry the
 * gazetteer does not know gives no post rather than a guessed one.
 */
public final class PostMentionFinder {
    private static final Pattern POST = Pattern.compile(
            "(?<![\\p{L}-])([Mm]inister|[Ss]taatssecretaris)\\s+(van|voor)\\s+(\\p{Lu}[\\p{L}-]*(?:(?:,|\\s+en|\\s+van)?\\s+\\p{Lu}[\\p{L}-]*){0,6})");

    private final Gazetteer gazetteer;

    public PostMentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<PostMention> find(String original) {
        String text = Spaces.normalise(original);
        List<PostMention> out = new ArrayList<>();
        Matcher m = POST.matcher(text);
        while (m.find()) {
            String words = m.group(3);
            // Try the longest run of words first, dropping one word at a time from the end.
            String candidate = words;
            while (true) {
                Optional<Node> ministry = gazetteer.byName("Ministerie " + m.group(2) + " " + candidate);
                if (ministry.isPresent()) {
                    int end = m.start(3) + candidate.length();
                    String post = m.group(1).toLowerCase(java.util.Locale.ROOT) + " " + m.group(2) + " " + candidate;
                    out.add(new PostMention(post, ministry.get(), text.substring(m.start(), end), m.start(), end, "functie"));
                    break;
                }
                int cut = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf(','));
                if (cut <= 0) break;
                candidate = candidate.substring(0, cut).replaceAll("(?:,|\\s+en|\\s+van)$", "").strip();
            }
        }
        return out;
    }
}
