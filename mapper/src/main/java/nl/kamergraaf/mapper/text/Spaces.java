package nl.kamergraaf.mapper.text;

/**
 * Documents write "nr.&nbsp;29" and "36&nbsp;600" with no-break or narrow spaces, which regular expressions' \s does not
 * match. Each such space becomes a plain space, one character for one, so positions found in the result hold in the
 * original text too.
 */
final class Spaces {
    private Spaces() {}

    static String normalise(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\t' || c == '\u2009') {
                if (sb == null) sb = new StringBuilder(text);
                sb.setCharAt(i, ' ');
            }
        }
        return sb == null ? text : sb.toString();
    }
}
