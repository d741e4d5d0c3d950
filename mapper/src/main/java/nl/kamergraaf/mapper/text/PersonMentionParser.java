package nl.kamergraaf.mapper.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of members in text: after "het lid" / "de leden" / "kamerleden" ("het lid Van der Plas (BBB)",
 * "de leden Zeedijk en Dassen") and names written with initials ("F.A. Zeedijk"). It only reads names; whether a
 * name is one certain person is for {@link nl.kamergraaf.mapper.directory.PersonDirectory} to decide.
 */
public final class PersonMentionParser {
    private static final Pattern MEMBERS = Pattern.compile(
            "(?<![\\p{L}])(?:[Hh]et\\s+lid|[Dd]e\\s+leden|[Kk]amerleden|[Kk]amerlid|[Ll]eden|lid)\\s+(" + MemberNames.LIST + ")");
    private static final Pattern WITH_INITIALS = Pattern.compile(
            "(?<![\\p{L}.])((?:\\p{Lu}{1,2}\\.){1,6}\\s?(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)\\s+)*\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*)");

    public List<PersonMention> parse(String text) {
        List<PersonMention> out = new ArrayList<>();
        Matcher m = MEMBERS.matcher(text);
        while (m.find()) {
            int at = m.start(1);
            for (String name : MemberNames.split(m.group(1))) {
                int start = text.indexOf(name, at);
                if (start < 0) continue;
                out.add(new PersonMention(name, name, start, start + name.length(), "lid-naam"));
                at = start + name.length();
            }
        }
        Matcher i = WITH_INITIALS.matcher(text);
        while (i.find()) {
            int start = i.start(1);
            if (out.stream().anyMatch(p -> p.start() <= start && start < p.end())) continue;
            out.add(new PersonMention(i.group(1), i.group(1), start, i.end(1), "initialen-naam"));
        }
        out.sort(java.util.Comparator.comparingInt(PersonMention::start));
        return out;
    }
}
