package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.BundledStore;

/**
 * {@code /sparql} answers a SELECT as an Excel workbook when asked by {@code format=xlsx} or by Accept: opened with
 * POI, it has the variables as its header and the same values as the JSON answer to the same query, numbers as
 * numbers; the row cap holds for it as for every format. Through a real Fuseki on a free port.
 */
class SpreadsheetAnswerTest {
    private static final String LETTER = "http://localhost:3030/id/document/2024D50227";
    /** The kamerstukken the seed letter cites, with a label and a number per row. */
    private static final String QUERY = """
            PREFIX kg: <https://w3id.org/kamergraaf/def#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?kamerstuk ?label (COUNT(DISTINCT ?p) AS ?eigenschappen) WHERE {
              <%s> kg:citeert ?kamerstuk . ?kamerstuk rdfs:label ?label ; ?p ?o .
            } GROUP BY ?kamerstuk ?label ORDER BY ?kamerstuk ?label""".formatted(LETTER);

    static KamergraafServer server;

    @BeforeAll
    static void serve() throws Exception {
        server = BundledStore.sharedServer();
    }

    private static HttpResponse<byte[]> get(String endpoint, String query, String extraParams, String accept) throws Exception {
        String url = endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extraParams;
        return Http.CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<QuerySolution> json(String query) throws Exception {
        HttpResponse<byte[]> r = get(server.sparqlUrl(), query, "", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static Sheet sheet(HttpResponse<byte[]> r) throws Exception {
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(SpreadsheetResults.MEDIA_TYPE, r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip());
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment") && disposition.contains(".xlsx"), disposition);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(r.body()));
        assertEquals(1, workbook.getNumberOfSheets());
        return workbook.getSheetAt(0);
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        for (Cell c : sheet.getRow(0)) names.add(c.getStringCellValue());
        return names;
    }

    @Test
    void formatXlsxAnswersAWorkbookWithTheVariablesAsHeaderAndTheJsonAnswersValues() throws Exception {
        List<QuerySolution> expected = json(QUERY);
        assertEquals(2, expected.size(), "the letter cites two kamerstukken");
        Sheet sheet = sheet(get(server.sparqlUrl(), QUERY, "&format=xlsx", "*/*"));
        assertEquals(List.of("kamerstuk", "label", "eigenschappen"), header(sheet));
        assertEquals(expected.size(), sheet.getLastRowNum(), "one row per solution below the header");
        for (int i = 0; i < expected.size(); i++) {
            QuerySolution s = expected.get(i);
            Row row = sheet.getRow(i + 1);
            assertEquals(s.getResource("kamerstuk").getURI(), row.getCell(0).getStringCellValue());
            assertEquals(s.getLiteral("label").getLexicalForm(), row.getCell(1).getStringCellValue());
            Cell count = row.getCell(2);
            assertEquals(CellType.NUMERIC, count.getCellType(), "a count is a number a spreadsheet can sum");
            assertEquals(s.getLiteral("eigenschappen").getLong(), (long) count.getNumericCellValue());
        }
    }

    @Test
    void anAcceptHeaderPreferringTheSpreadsheetTypeAnswersAWorkbookAndOtherClientsKeepTheirFormats() throws Exception {
        Sheet sheet = sheet(get(server.sparqlUrl(), QUERY, "", SpreadsheetResults.MEDIA_TYPE));
        assertEquals(List.of("kamerstuk", "label", "eigenschappen"), header(sheet));
        RDFNode first = json(QUERY).get(0).get("kamerstuk");
        assertEquals(first.asResource().getURI(), sheet.getRow(1).getCell(0).getStringCellValue());

        HttpResponse<byte[]> any = get(server.sparqlUrl(), QUERY, "", "*/*");
        assertTrue(any.headers().firstValue("Content-Type").orElseThrow().contains("json"), "*/* still gets JSON");
        HttpResponse<byte[]> csv = get(server.sparqlUrl(), QUERY, "", "text/csv, " + SpreadsheetResults.MEDIA_TYPE + ";q=0.5");
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"), "a preferred CSV stays CSV");
    }

    @Test
    void theRowCapHoldsForWorkbooksAndTheResponseSaysSo() throws Exception {
        try (KamergraafServer capped = KamergraafServer.create().dataset(BundledStore.shared().dataset()).port(0).maxRows(5)
                .extensions(List.of()).build().start()) {
            HttpResponse<byte[]> r = get(capped.sparqlUrl(), "SELECT * { ?s ?p ?o }", "&format=xlsx", "*/*");
            Sheet sheet = sheet(r);
            assertEquals(List.of("s", "p", "o"), header(sheet));
            assertEquals(5, sheet.getLastRowNum(), "five rows below the header");
            assertEquals("5", r.headers().firstValue(PublicQueryService.ROW_LIMIT_HEADER).orElse(null));
        }
    }
}
