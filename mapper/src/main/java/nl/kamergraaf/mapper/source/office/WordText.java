package nl.kamergraaf.mapper.source.office;

import java.util.List;

/** The text of a Word file in reading order: body paragraphs (table cells included) and footnotes, empty ones dropped. */
record WordText(List<String> paragraphs, List<String> footnotes) {
    WordText {
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
    }

    /** The text both Word readers collected; a file with none at all is refused, whichever format it is. */
    static WordText of(TextCollector body, TextCollector notes) throws OfficeFileException {
        if (body.paragraphs().size() + notes.paragraphs().size() == 0) {
            throw new OfficeFileException("the document holds no text");
        }
        return new WordText(body.paragraphs(), notes.paragraphs());
    }
}
