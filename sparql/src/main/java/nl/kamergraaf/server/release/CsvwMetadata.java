package nl.kamergraaf.server.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The W3C CSV on the Web (CSVW) metadata of a release's tables ({@code csv-metadata.json}, the name a CSVW processor
 * looks for beside a CSV file): a table group with, per table, its file, its columns (name, Dutch and English
 * titles, datatype, the property a column's values are of, the separator of multi-valued cells), the IRI column as
 * primary key and {@code aboutUrl}, and a virtual column stating the class of each row's thing. A CSVW processor
 * (csv2rdf) turns each row back into the statements the table took from the graph.
 *
 * <p>Written with Jackson in insertion order with a fixed indenter and line end, so the same tables give the same
 * bytes.
 */
final class CsvwMetadata {
    static final String CSVW_CONTEXT = "http://www.w3.org/ns/csvw";
    /** The CSVW metadata vocabulary (W3C Recommendation), which the metadata file conforms to. */
    static final String CSVW_SPEC = "http://www.w3.org/TR/tabular-metadata/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CsvwMetadata() {}

    static ObjectNode build(List<ReleaseTable> tables) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("@context").add(CSVW_CONTEXT).addObject().put("@language", "nl");
        texts(root, "dc:title", "Kamergraaf-tabellen: de Tweede Kamer als CSV",
                "Kamergraaf tables: the Dutch House of Representatives as CSV");
        texts(root, "dc:description", "Eén tabel per hoofdklasse van de Kamergraaf-ontologie, één rij per ding (de "
                + "IRI in kolom 'iri'). Een cel met meer waarden bevat ze gesorteerd, gescheiden door '"
                + TableColumn.SEPARATOR + "' (zie 'separator' per kolom).", "One table per main class of the "
                + "Kamergraaf ontology, one row per thing (its IRI in column 'iri'). A cell with several values holds "
                + "them sorted, separated by '" + TableColumn.SEPARATOR + "' (see each column's 'separator').");
        root.putObject("dc:license").put("@id", DistributionVocab.CC0.getURI());
        root.putObject("dc:conformsTo").put("@id", nl.kamergraaf.vocab.KG.ONTOLOGY_IRI);
        root.putObject("dialect").put("encoding", "utf-8").put("header", true);
        ArrayNode list = root.putArray("tables");
        for (ReleaseTable table : tables) list.add(table(table));
        return root;
    }

    static void write(List<ReleaseTable> tables, Path file) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(file, JSON.writer(printer).writeValueAsString(build(tables)) + "\n", StandardCharsets.UTF_8);
    }

    /** A common property in Dutch and English: JSON-LD value objects (a bare language map is only for titles). */
    private static void texts(ObjectNode node, String property, String nl, String en) {
        ArrayNode values = node.putArray(property);
        values.addObject().put("@value", nl).put("@language", "nl");
        values.addObject().put("@value", en).put("@language", "en");
    }

    private static ObjectNode table(ReleaseTable table) {
        ObjectNode t = JSON.createObjectNode();
        t.put("url", table.fileName());
        t.put("dc:title", table.fileName());
        texts(t, "dc:description", table.file().descriptionNl(), table.file().descriptionEn());
        ObjectNode schema = t.putObject("tableSchema");
        ArrayNode columns = schema.putArray("columns");
        ObjectNode iri = columns.addObject();
        iri.put("name", ReleaseTable.IRI_COLUMN);
        iri.putObject("titles").put("und", ReleaseTable.IRI_COLUMN).put("nl", "IRI").put("en", "IRI");
        iri.put("datatype", "anyURI");
        iri.put("required", true);
        iri.put("suppressOutput", true);
        for (TableColumn c : table.columns()) {
            ObjectNode col = columns.addObject();
            col.put("name", c.name());
            // The CSV header holds the names; CSVW matches header cells to titles, so the name is a title too.
            col.putObject("titles").put("und", c.name()).put("nl", c.titleNl()).put("en", c.titleEn());
            col.put("datatype", c.datatype());
            c.propertyUrl().ifPresent(p -> col.put("propertyUrl", p));
            if (c.multiValued()) col.put("separator", TableColumn.SEPARATOR);
        }
        ObjectNode type = columns.addObject();
        type.put("virtual", true);
        type.put("propertyUrl", "rdf:type");
        type.put("valueUrl", table.classIri());
        schema.put("primaryKey", ReleaseTable.IRI_COLUMN);
        schema.put("aboutUrl", "{+" + ReleaseTable.IRI_COLUMN + "}");
        return t;
    }
}
