package nl.kamergraaf.mapper.text;

/** Cuts the sentence around a position out of a paragraph, so a reference can be shown in its context. */
public final class Sentences {
    private Sentences() {}

    public static String around(String paragraph, int start, int end) {
        int from = start;
        while (from > 0 && !endsSentence(paragraph, from - 1)) from--;
        int to = end;
        while (to < paragraph.length() && !endsSentence(paragraph, to)) to++;
        if (to < paragraph.length()) to++;
        return paragraph.substring(from, to).strip();
    }

    /** A full stop ends a sentence only before a space and a capital, so "nr. 29" and "D.S." do not. */
    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != '?' && c != '!') return false;
        if (i + 2 >= s.length()) return i + 1 >= s.length();
        return Character.isWhitespace(s.charAt(i + 1)) && Character.isUpperCase(s.charAt(i + 2))
                && !(i >= 2 && s.regionMatches(i - 2, "nr", 0, 2));
    }
}
