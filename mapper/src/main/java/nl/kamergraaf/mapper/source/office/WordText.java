package nl.kamergraaf.mapper.source.office;

import java.util.List;

/** The text of a Word file in reading order: body paragraphs (table cells included) and footnotes, empty ones dropped. */
record WordText(List<String> paragraphs, List<String> footnotes) {
    WordText {
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
    }
}
