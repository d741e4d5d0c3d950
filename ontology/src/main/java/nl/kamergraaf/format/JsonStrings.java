package nl.kamergraaf.format;

/** JSON string literals for the places that write JSON by hand (the JSON-LD context, the streaming JSON-LD dump). */
public final class JsonStrings {
    private JsonStrings() {}

    /** The text as a JSON string literal: quotes, backslashes and control characters escaped, the rest as is. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
