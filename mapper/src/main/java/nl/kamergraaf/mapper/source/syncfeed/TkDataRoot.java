package nl.kamergraaf.mapper.source.syncfeed;

/** Recognises a plain tkData entity file by its head: the first element is in the tkData namespace. */
final class TkDataRoot {
    private TkDataRoot() {}

    static boolean isEntity(String head) {
        int i = 0;
        while ((i = head.indexOf('<', i)) >= 0) {
            if (i + 1 < head.length() && (head.charAt(i + 1) == '?' || head.charAt(i + 1) == '!')) {
                i++; // XML declaration, comment or DOCTYPE: the root comes after it
                continue;
            }
            int end = head.indexOf('>', i);
            String startTag = end < 0 ? head.substring(i) : head.substring(i, end);
            return startTag.contains(TkDataConverter.TK_NS);
        }
        return false;
    }
}
