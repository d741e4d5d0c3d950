package nl.kamergraaf.mapper.source.office;

import java.nio.file.Path;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Reads the text of a legacy Word 97-2003 .doc with POI HWPF (poi-scratchpad), opened read-only from the file. */
final class DocTextReader {
    private final OfficeLimits limits;

    DocTextReader(OfficeLimits limits) {
        this.limits = limits;
    }

    WordText read(Path file) throws OfficeFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HWPFDocument doc = new HWPFDocument(fs);
             WordExtractor extractor = new WordExtractor(doc)) {
            TextCollector body = new TextCollector(limits.maxChars());
            for (String p : extractor.getParagraphText()) body.add(WordExtractor.stripFields(p));
            TextCollector notes = new TextCollector(limits.maxChars());
            for (String n : extractor.getFootnoteText()) notes.add(WordExtractor.stripFields(n));
            if (body.paragraphs().size() + notes.paragraphs().size() == 0) {
                throw new OfficeFileException("the document holds no text");
            }
            return new WordText(body.paragraphs(), notes.paragraphs());
        } catch (OfficeFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new OfficeFileException("not a readable .doc (Word 97-2003) file: " + OfficeErrors.describe(e), e);
        }
    }
}
