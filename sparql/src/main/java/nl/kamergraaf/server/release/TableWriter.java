package nl.kamergraaf.server.release;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link ReleaseTable} from the store as CSV (RFC 4180: UTF-8, a header row, CRLF line ends, fields quoted
 * where needed) with Apache Commons CSV.
 *
 * <p>Same data, same bytes: rows are sorted by the thing's IRI, and the values of a multi-valued cell are distinct,
 * sorted and joined with {@link TableColumn#SEPARATOR}. A literal is written as its lexical form (dates as
 * {@code 2024-12-16}, booleans as {@code true}), an IRI as itself. One SPARQL query per column finds the cells.
 *
 * <p>Memory stays flat whatever the store's size: every cell value is an entry (thing, column, value) of an external
 * sort (Jena's spilling data bag, {@code inMemoryLimit} entries in memory), and the rows are written as the sorted
 * entries come back, one thing at a time. A whole table held in memory would not fit at full scale (four million
 * votes). The labels a {@linkplain TableColumn#labelsOfValue() label column} shows are looked up once per linked thing.
 */
final class TableWriter {
    private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);
    /** Every pattern is matched in the union of the record graphs, whatever the dataset's default graph is. */
    private static final String UNION = "<urn:x-arq:UnionGraph>";
    private static final Var THING = Var.alloc("thing");
    private static final Var COLUMN = Var.alloc("column");
    private static final Var VALUE = Var.alloc("value");
    /** The column number of the entry that says the thing is of the table's class: it sorts before its cells. */
    private static final int ROW = -1;
    private static final Comparator<Binding> BY_THING_COLUMN_VALUE = Comparator
            .comparing((Binding b) -> b.get(THING).getURI())
            .thenComparingInt(TableWriter::column)
            .thenComparing(b -> b.get(VALUE).getLiteralLexicalForm());
    private static final Node NO_VALUE = NodeFactory.createLiteralString("");

    private final DatasetGraph dataset;
    private final long inMemoryLimit;

    TableWriter(DatasetGraph dataset) {
        this(dataset, SortedStoreReader.DEFAULT_IN_MEMORY_LIMIT);
    }

    TableWriter(DatasetGraph dataset, long inMemoryLimit) {
        if (inMemoryLimit < 1) throw new IllegalArgumentException("The in-memory limit must be positive");
        this.dataset = dataset;
        this.inMemoryLimit = inMemoryLimit;
    }

    /** Writes the table to {@code file}; returns the number of rows (things), not counting the header. */
    long write(ReleaseTable table, Path file) throws IOException {
        SortedDataBag<Binding> cells = BagFactory.newSortedBag(ThresholdPolicyFactory.count(inMemoryLimit),
                SerializationFactoryFinder.bindingSerializationFactory(), BY_THING_COLUMN_VALUE);
        try {
            Txn.executeRead(dataset, () -> collect(table, cells));
            long rows = print(table, cells.iterator(), file);
            LOG.info("Wrote {}: {} rows", table.fileName(), rows);
            return rows;
        } finally {
            cells.close();
        }
    }

    private void collect(ReleaseTable table, SortedDataBag<Binding> cells) {
        select("SELECT DISTINCT ?thing WHERE { GRAPH " + UNION + " { ?thing a <" + table.classIri() + "> FILTER(isIRI(?thing)) } }",
                (thing, value) -> cells.add(entry(thing, ROW, NO_VALUE)));
        Map<Node, List<Node>> labels = new HashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            TableColumn column = table.columns().get(i);
            int index = i;
            select("SELECT ?thing ?value WHERE { GRAPH " + UNION + " { ?thing a <" + table.classIri() + "> . "
                    + column.pattern() + " } }", (thing, value) -> {
                if (thing == null || !thing.isURI() || value == null) return;
                if (!column.labelsOfValue()) add(cells, thing, index, value);
                else if (value.isURI()) for (Node label : labels.computeIfAbsent(value, this::dutchLabels)) add(cells, thing, index, label);
            });
        }
    }

    /** A cell value: a literal as its lexical form, an IRI as itself; a blank node has no name a table could give. */
    private static void add(SortedDataBag<Binding> cells, Node thing, int column, Node value) {
        if (value.isLiteral()) cells.add(entry(thing, column, NodeFactory.createLiteralString(value.getLiteralLexicalForm())));
        else if (value.isURI()) cells.add(entry(thing, column, NodeFactory.createLiteralString(value.getURI())));
    }

    /** The Dutch (or language-less) labels of a linked thing (a concept's is its skos:prefLabel). */
    private List<Node> dutchLabels(Node linked) {
        List<Node> out = new ArrayList<>();
        select("SELECT DISTINCT ?value WHERE { GRAPH " + UNION + " { <" + linked.getURI() + "> rdfs:label|skos:prefLabel ?value . "
                + "FILTER(LANG(?value) = \"nl\" || LANG(?value) = \"\") } }", (none, label) -> out.add(label));
        return out;
    }

    /** Writes the sorted entries as rows: a thing's entries come together, its class entry first, then its cells. */
    private static long print(ReleaseTable table, Iterator<Binding> sorted, Path file) throws IOException {
        int width = table.columns().size();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get();
        long rows = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter csv = new CSVPrinter(out, format)) {
            List<List<String>> row = new ArrayList<>(width);
            for (int i = 0; i < width; i++) row.add(new ArrayList<>());
            String current = null;
            boolean isRow = false;
            while (sorted.hasNext()) {
                Binding b = sorted.next();
                String thing = b.get(THING).getURI();
                if (!thing.equals(current)) {
                    if (isRow) rows += printRow(csv, current, row);
                    current = thing;
                    isRow = false;
                    for (List<String> cell : row) cell.clear();
                }
                int column = column(b);
                String value = b.get(VALUE).getLiteralLexicalForm();
                if (column == ROW) {
                    isRow = true;
                    continue;
                }
                List<String> cell = row.get(column);
                // entries come sorted: a repeated value is the one before it
                if (cell.isEmpty() || !cell.get(cell.size() - 1).equals(value)) cell.add(value);
            }
            if (isRow) rows += printRow(csv, current, row);
        }
        return rows;
    }

    private static int printRow(CSVPrinter csv, String thing, List<List<String>> row) throws IOException {
        List<String> record = new ArrayList<>(row.size() + 1);
        record.add(thing);
        for (List<String> values : row) record.add(String.join(TableColumn.SEPARATOR, values));
        csv.printRecord(record);
        return 1;
    }

    private static Binding entry(Node thing, int column, Node value) {
        return BindingFactory.binding(THING, thing, COLUMN, NodeFactory.createLiteralDT(Integer.toString(column), XSDDatatype.XSDint), VALUE, value);
    }

    private static int column(Binding b) {
        return Integer.parseInt(b.get(COLUMN).getLiteralLexicalForm());
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
