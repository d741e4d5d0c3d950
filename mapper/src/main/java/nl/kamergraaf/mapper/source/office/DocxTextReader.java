package nl.kamergraaf.mapper.source.office;

import java.nio.file.Path;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the text of a .docx with POI XWPF, opened from the file (not buffered) under the zip-bomb limits. Tweede Kamer
 * motions lay out their heading and body in a table, so tables are walked cell by cell in reading order.
 */
final class DocxTextReader {
    private final OfficeLimits limits;

    DocxTextReader(OfficeLimits limits) {
        this.limits = limits;
    }

    WordText read(Path file) throws OfficeFileException {
        applyZipLimits(limits);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            throw new OfficeFileException("not a readable .docx (OOXML) package: " + OfficeErrors.describe(e), e);
        }
        try {
            // Not closed itself: closing an XWPFDocument reverts its package, which the finally below does once.
            XWPFDocument doc = new XWPFDocument(pkg);
            TextCollector body = new TextCollector(limits.maxChars());
            for (IBodyElement element : doc.getBodyElements()) walk(element, body);
            TextCollector notes = new TextCollector(limits.maxChars());
            for (XWPFFootnote fn : doc.getFootnotes()) {
                for (XWPFParagraph p : fn.getParagraphs()) notes.add(p.getText());
            }
            if (body.paragraphs().size() + notes.paragraphs().size() == 0) {
                throw new OfficeFileException("the document holds no text");
            }
            return new WordText(body.paragraphs(), notes.paragraphs());
        } catch (OfficeFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new OfficeFileException("cannot read the .docx: " + OfficeErrors.describe(e), e);
        } finally {
            pkg.revert();
        }
    }

    private static void walk(IBodyElement element, TextCollector out) throws OfficeFileException {
        if (element instanceof XWPFParagraph p) {
            out.add(p.getText());
        } else if (element instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) walk(inner, out);
                }
            }
        }
    }

    /** POI keeps these limits in static fields; they are set before every open so no other setting can loosen them. */
    static void applyZipLimits(OfficeLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMaxFileCount(limits.maxEntries());
    }
}
