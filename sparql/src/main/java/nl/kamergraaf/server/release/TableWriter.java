package nl.kamergraaf.server.release;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link ReleaseTable} from the store as CSV (RFC 4180: UTF-8, a header row, CRLF line ends, fields quoted
 * where needed) with Apache Commons CSV.
 *
 * <p>Same data, same bytes: rows are sorted by the thing's IRI, and the values of a multi-valued cell are distinct,
 * sorted and joined with {@link TableColumn#SEPARATOR}. A literal is written as its lexical form (dates as
 * {@code 2024-12-16}, booleans as {@code true}), an IRI as itself. One SPARQL query per column fills the rows; the
 * table is held in memory while it is built, which is the size of the CSV file it becomes.
 */
final class TableWriter {
    private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);
    /** Every pattern is matched in the union of the record graphs, whatever the dataset's default graph is. */
    private static final String UNION = "<urn:x-arq:UnionGraph>";

    private final DatasetGraph dataset;

    TableWriter(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Writes the table to {@code file}; returns the number of rows (things), not counting the header. */
    long write(ReleaseTable table, Path file) throws IOException {
        Map<String, List<SortedSet<String>>> rows = Txn.calculateRead(dataset, () -> rows(table));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter csv = new CSVPrinter(out, format)) {
            List<String> record = new ArrayList<>(table.columns().size() + 1);
            for (Map.Entry<String, List<SortedSet<String>>> row : rows.entrySet()) {
                record.clear();
                record.add(row.getKey());
                for (SortedSet<String> values : row.getValue()) record.add(String.join(TableColumn.SEPARATOR, values));
                csv.printRecord(record);
            }
        }
        LOG.info("Wrote {}: {} rows", table.fileName(), rows.size());
        return rows.size();
    }

    private Map<String, List<SortedSet<String>>> rows(ReleaseTable table) {
        Map<String, List<SortedSet<String>>> rows = new TreeMap<>();
        int width = table.columns().size();
        select("SELECT DISTINCT ?thing WHERE { GRAPH " + UNION + " { ?thing a <" + table.classIri() + "> FILTER(isIRI(?thing)) } }",
                (thing, value) -> {
                    List<SortedSet<String>> cells = new ArrayList<>(width);
                    for (int i = 0; i < width; i++) cells.add(new TreeSet<>());
                    rows.put(thing.getURI(), cells);
                });
        for (int i = 0; i < width; i++) {
            TableColumn column = table.columns().get(i);
            int index = i;
            select("SELECT ?thing ?value WHERE { GRAPH " + UNION + " { ?thing a <" + table.classIri() + "> . "
                    + column.pattern() + " } }", (thing, value) -> {
                List<SortedSet<String>> cells = rows.get(thing.isURI() ? thing.getURI() : null);
                if (cells == null || value == null) return;
                if (value.isLiteral()) cells.get(index).add(value.getLiteralLexicalForm());
                else if (value.isURI()) cells.get(index).add(value.getURI());
                // A blank node has no name a table could give: the data has none (CONVENTIONS), so none is lost.
            });
        }
        return rows;
    }

    private interface RowConsumer {
        void accept(Node thing, Node value);
    }

    private void select(String queryString, RowConsumer consumer) {
        Query query = QueryFactory.create(ReleaseTables.PREFIXES + queryString);
        try (QueryExec exec = WholeStoreQueries.exec(dataset, query)) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> consumer.accept(b.get("thing"), b.get("value")));
        }
    }
}
