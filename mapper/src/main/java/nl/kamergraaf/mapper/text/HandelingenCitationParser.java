package nl.kamergraaf.mapper.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to the Handelingen: "Handelingen II 2023/24, nr. 35, item 12", "Handelingen I 2022/2023, nr. 7",
 * "Handelingen II 2023-2024, nr. 35, item 12". Chamber II is the Tweede Kamer (tk), I the Eerste Kamer (ek). A
 * vergaderjaar whose two years do not follow each other is not read: it is a typo we cannot resolve with certainty.
 */
public final class HandelingenCitationParser {
    private static final Pattern HANDELINGEN = Pattern.compile(
            "\\bHandelingen\\s+(II|I)\\s+(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4}),?\\s*(?:nr\\.?|nummer)\\s*([1-9]\\d{0,3})"
            + "(?:\\s*,\\s*item\\s*([1-9]\\d{0,2}))?(?!\\d)");

    public List<HandelingenReference> parse(String original) {
        String text = Spaces.normalise(original);
        List<HandelingenReference> out = new ArrayList<>();
        Matcher m = HANDELINGEN.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(2));
            String secondText = m.group(3);
            int second = secondText.length() == 2 ? (first / 100) * 100 + Integer.parseInt(secondText) : Integer.parseInt(secondText);
            if (second != first + 1) continue;
            String kamer = m.group(1).equals("II") ? "tk" : "ek";
            Integer item = m.group(5) == null ? null : Integer.valueOf(m.group(5));
            String rule = item == null ? "handelingen-nummer" : "handelingen-item";
            out.add(new HandelingenReference(kamer, first + "" + second, Integer.parseInt(m.group(4)), item, m.group(),
                    m.start(), m.end(), rule));
        }
        return out;
    }
}
