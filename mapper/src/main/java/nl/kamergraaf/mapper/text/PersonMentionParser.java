package nl.kamergraaf.mapper.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of members in text: after "het lid" / "de leden" / "kamerleden" ("het lid Van der Plas (BBB)",
 * "de leden Zeedijk en Dassen"), in the capitals of a motion's heading ("MOTIE VAN HET LID VAN NISPEN") and names
 * written with initials ("F.A. Zeedijk"). It only reads names; whether a
 * name is one certain person is for {@link nl.kamergraaf.mapper.directory.PersonDirectory} to decide.
 */
public final class PersonMentionParser {
    private static final Pattern MEMBERS = Pattern.compile(
            "(?<![\\p{L}])(?:[Hh]et\\s+lid|[Dd]e\\s+leden|[Kk]amerleden|[Kk]amerlid|[Ll]eden|lid)\\s+(" + MemberNames.LIST + ")");
    private static final Pattern WITH_INITIALS = Pattern.compile(
            "(?<![\\p{L}.])((?:\\p{Lu}{1,2}\\.){1,6}\\s?(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)\\s+)*\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*)");

    /** A name in a heading set in capitals: "VAN NISPEN", "RIKKERS-OOSTERKAMP", "DIEDERIK VAN DIJK". */
    private static final String UPPER_WORD = "\\p{Lu}[\\p{Lu}'’-]*(?![\\p{L}])";
    private static final String UPPER_NAME = UPPER_WORD + "(?:\\s+(?!EN\\b|C\\.S\\.|TER\\s+VERVANGING|OVER\\b)" + UPPER_WORD + ")*";
    /** The heading of a motion or amendment: "GEWIJZIGDE MOTIE VAN HET LID PODT C.S. TER VERVANGING VAN …". */
    private static final Pattern UPPER_HEADING = Pattern.compile(
            "(?<![\\p{L}])(?:MOTIE|AMENDEMENT)\\s+VAN\\s+(?:HET\\s+LID|DE\\s+LEDEN)\\s+("
            + UPPER_NAME + "(?:\\s*,\\s*" + UPPER_NAME + ")*(?:\\s+EN\\s+" + UPPER_NAME + ")?)");

    public List<PersonMention> parse(String original) {
        String text = Spaces.normalise(original);
        List<PersonMention> out = new ArrayList<>();
        Matcher u = UPPER_HEADING.matcher(text);
        while (u.find()) {
            int at = u.start(1);
            for (String name : u.group(1).split("\\s*,\\s*|\\s+EN\\s+")) {
                int start = text.indexOf(name, at);
                if (start < 0 || name.isBlank()) continue;
                // The directory compares names ignoring case, so the capitals need no conversion.
                out.add(new PersonMention(name, name, start, start + name.length(), "kop-in-hoofdletters"));
                at = start + name.length();
            }
        }
        Matcher m = MEMBERS.matcher(text);
        while (m.find()) {
            if (!out.isEmpty() && out.stream().anyMatch(p -> p.start() == m.start(1))) continue;
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
