package nl.kamergraaf.mapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.rio.Rio;

import nl.kamergraaf.mapper.spi.SourceMapper;

/**
 * One mapping run for a test: the sources are mapped to N-Quads bytes (as {@code kamergraaf map} writes them), which
 * are then parsed back with Jena into a dataset to query with SPARQL, and can be parsed with RDF4J Rio too.
 */
public final class MappingRun {
    public static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/kamergraaf/def#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private final MappingReport report;
    private final byte[] nquads;
    private final DatasetGraph dataset;

    private MappingRun(MappingReport report, byte[] nquads, DatasetGraph dataset) {
        this.report = report;
        this.nquads = nquads;
        this.dataset = dataset;
    }

    public static MappingRun of(List<SourceMapper> formats, Path... sources) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        KamergraafMapper.Builder b = KamergraafMapper.create().sources(List.of(sources));
        if (formats != null) b.formats(formats);
        MappingReport report = b.build().map(out);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes.toByteArray())).lang(Lang.NQUADS).parse(dsg);
        return new MappingRun(report, bytes.toByteArray(), dsg);
    }

    public static MappingRun of(Path... sources) throws IOException {
        return of(null, sources);
    }

    public MappingReport report() {
        return report;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public byte[] nquads() {
        return nquads;
    }

    /** Parses the output with RDF4J Rio as N-Quads; returns the number of statements it read. */
    public int parseWithRio() throws IOException {
        return Rio.parse(new ByteArrayInputStream(nquads), "", org.eclipse.rdf4j.rio.RDFFormat.NQUADS).size();
    }

    /** A SELECT over the union of all record graphs; each row maps variable to the lexical form or IRI. */
    public List<Map<String, String>> select(String query) {
        Model union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> {
                    var n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            }
        }
        return rows;
    }

    /** The values of one variable of a SELECT, in result order. */
    public List<String> column(String query, String var) {
        return select(query).stream().map(r -> r.get(var)).toList();
    }

    /** An ASK over the dataset itself (GRAPH patterns see the record graphs). */
    public boolean askDataset(String query) {
        Dataset ds = DatasetFactory.wrap(dataset);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }

    public boolean ask(String query) {
        Model union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }
}
