package nl.kamergraaf.server;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SELECT results as an Excel workbook (.xlsx) for a research download: one sheet, the variable names in the first
 * row, a row per solution. Numbers (xsd:integer, xsd:decimal, xsd:double and their kin) become numeric cells and
 * xsd:boolean a boolean cell, so a spreadsheet can sum and sort them; everything else is text (an IRI as itself, a
 * literal as its lexical form, a blank node as {@code _:label}).
 *
 * <p>Written with POI's streaming SXSSF, which keeps only a window of rows in memory. The whole workbook is built
 * before the first byte is sent, so a query that times out while its rows are read still answers 503, not half a file.
 */
final class SpreadsheetResults {
    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetResults.class);
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The value of {@code format=} (or {@code output=}) that asks for a workbook. */
    static final String FORMAT = "xlsx";
    static final String FILE_NAME = "kamergraaf-resultaten.xlsx";
    /** The SPARQL result formats a client may prefer to a workbook; a workbook is sent only when it is preferred. */
    private static final List<String> OFFERED = List.of(WebContent.contentTypeResultsJSON, WebContent.contentTypeResultsXML,
            WebContent.contentTypeJSON, WebContent.contentTypeTextCSV, WebContent.contentTypeTextTSV, MEDIA_TYPE);
    /** Excel's limit on the text of one cell. */
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;

    private SpreadsheetResults() {}

    /** Whether the request asks for a workbook: by {@code format=xlsx} / {@code output=xlsx}, or by preferring its media type. */
    static boolean wanted(HttpServletRequest request) {
        for (String param : List.of("format", "output")) {
            String value = request.getParameter(param);
            if (value != null) return value.strip().toLowerCase(Locale.ROOT).equals(FORMAT) || value.strip().equals(MEDIA_TYPE);
        }
        String accept = request.getHeader("Accept");
        return accept != null && ContentNegotiation.choose(accept, OFFERED).filter(MEDIA_TYPE::equals).isPresent();
    }

    /** Writes the rows as a workbook to {@code out}; returns the number of result rows written. */
    static long write(RowSet rows, OutputStream out) throws IOException {
        List<Var> vars = rows.getResultVars();
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try (workbook) {
            SXSSFSheet sheet = workbook.createSheet("resultaten");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < vars.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(vars.get(i).getVarName());
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
            long written = 0;
            while (rows.hasNext()) {
                Binding b = rows.next();
                if (written == maxRows) {
                    LOG.warn("A result has more rows than a worksheet holds: cut at {}", maxRows);
                    break;
                }
                Row row = sheet.createRow((int) ++written);
                for (int i = 0; i < vars.size(); i++) {
                    Node n = b.get(vars.get(i));
                    if (n != null) fill(row.createCell(i), n);
                }
            }
            workbook.write(out);
            return written;
        } finally {
            // The rows spilled to a temporary file; a timed-out query must not leave it behind either.
            if (!workbook.dispose()) LOG.warn("A temporary file of a spreadsheet answer could not be deleted");
        }
    }

    private static void fill(Cell cell, Node n) {
        if (n.isLiteral()) {
            String lexical = n.getLiteralLexicalForm();
            String datatype = n.getLiteralDatatypeURI();
            if (XSDDatatype.XSDboolean.getURI().equals(datatype) && (lexical.equals("true") || lexical.equals("false"))) {
                cell.setCellValue(Boolean.parseBoolean(lexical));
                return;
            }
            if (isNumeric(datatype)) {
                try {
                    cell.setCellValue(new BigDecimal(lexical.strip()).doubleValue());
                    return;
                } catch (NumberFormatException e) {
                    // INF, NaN or an ill-typed literal: kept as the text it is
                }
            }
            text(cell, lexical);
        } else if (n.isURI()) {
            text(cell, n.getURI());
        } else if (n.isBlank()) {
            text(cell, "_:" + n.getBlankNodeLabel());
        } else {
            text(cell, n.toString());
        }
    }

    private static boolean isNumeric(String datatype) {
        if (datatype == null || !datatype.startsWith(XSDDatatype.XSD + "#")) return false;
        return switch (datatype.substring(XSDDatatype.XSD.length() + 1)) {
            case "integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
                 "nonPositiveInteger", "positiveInteger", "negativeInteger", "unsignedInt", "unsignedLong",
                 "unsignedShort", "unsignedByte" -> true;
            default -> false;
        };
    }

    /** Excel refuses longer cell text; a longer literal is cut and marked, the other formats keep it whole. */
    private static void text(Cell cell, String value) {
        cell.setCellValue(value.length() <= MAX_CELL_TEXT ? value : value.substring(0, MAX_CELL_TEXT - 1) + "…");
    }
}
