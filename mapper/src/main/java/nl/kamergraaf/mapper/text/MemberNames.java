package nl.kamergraaf.mapper.text;

import java.util.Arrays;
import java.util.List;

/**
 * How parliamentary text writes the names of members: "Zeedijk", "F.A. Zeedijk", "Van der Plas", "Inge van Dijk",
 * "Martens-America", "Faber-van de Klashorst", in lists joined by commas, "en" or a slash ("Hirsch/Kamminga").
 */
final class MemberNames {
    private static final String PARTICLE = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]en|[Tt]er|[Ii]n|'t|’t)";
    private static final String WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-(?:" + PARTICLE + "\\s+)*\\p{Lu}?[\\p{Ll}'’]+)*";
    /** Optional initials or a roepnaam, optional particles, the surname. */
    static final String NAME = "(?:(?:\\p{Lu}{1,2}\\.\\s?)+\\s*|\\p{Lu}\\p{Ll}+\\s+(?=" + PARTICLE + "\\s|\\p{Lu}))?"
            + "(?:" + PARTICLE + "\\s+)*" + WORD;
    static final String LIST = NAME + "(?:\\s*(?:,|/)\\s*" + NAME + ")*(?:\\s+en\\s+" + NAME + ")?(?:\\s+c\\.s\\.)?";

    private MemberNames() {}

    /** Splits "Zeedijk en Dassen", "Hirsch/Kamminga", "Grinwis c.s." into the single names. */
    static List<String> split(String list) {
        return Arrays.stream(list.replaceAll("\\s+c\\.s\\.$", "").split("\\s*,\\s*|\\s*/\\s*|\\s+en\\s+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
