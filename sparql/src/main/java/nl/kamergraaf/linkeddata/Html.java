package nl.kamergraaf.linkeddata;

/** HTML escaping: every value from the data goes through here before it reaches a page, in text or in an attribute. */
public final class Html {
    private Html() {}

    /** Escapes for element text and double- or single-quoted attribute values. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Makes JSON safe inside a {@code <script>} element: no '<' (so no {@code </script>} or {@code <!--} can end or
     * confuse the element), no '>' or '&'. JSON only has these inside strings, where the \\u escapes mean the same.
     */
    public static String scriptSafeJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                   .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
