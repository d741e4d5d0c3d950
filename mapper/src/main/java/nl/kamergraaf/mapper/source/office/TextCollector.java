package nl.kamergraaf.mapper.source.office;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers paragraphs, normalising white space and dropping empty ones, and stops with an {@link OfficeFileException}
 * as soon as the text grows beyond the character cap, so a file stuffed with text cannot fill the heap.
 */
final class TextCollector {
    private final long maxChars;
    private long chars;
    private final List<String> paragraphs = new ArrayList<>();

    TextCollector(long maxChars) {
        this.maxChars = maxChars;
    }

    void add(String raw) throws OfficeFileException {
        if (raw == null) return;
        chars += raw.length();
        if (chars > maxChars) throw new OfficeFileException("text longer than the limit of " + maxChars + " characters");
        // Word's cell marks, vertical tabs and field separators are layout, not text.
        String s = raw.replaceAll("[\\u0000-\\u001f\\u00a0\\s]+", " ").strip();
        if (!s.isEmpty()) paragraphs.add(s);
    }

    List<String> paragraphs() {
        return paragraphs;
    }
}
