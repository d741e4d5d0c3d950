package nl.kamergraaf.mapper.source.odata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.MappingReport;

/** Maps inputs with the real mapper into N-Quads bytes and an in-memory dataset, for SPARQL checks in tests. */
final class MappedData {
    final byte[] nquads;
    final DatasetGraph dataset;
    final MappingReport report;
    private org.apache.jena.graph.Graph unionCopy;

    private MappedData(byte[] nquads, DatasetGraph dataset, MappingReport report) {
        this.nquads = nquads;
        this.dataset = dataset;
        this.report = report;
    }

    static MappedData of(Path... sources) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        KamergraafMapper.Builder b = KamergraafMapper.create();
        for (Path s : sources) b.source(s);
        MappingReport report = b.build().map(writer);
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        RDFParser.source(new java.io.ByteArrayInputStream(bytes.toByteArray())).lang(Lang.NQUADS).parse(StreamRDFLib.dataset(ds));
        return new MappedData(bytes.toByteArray(), ds, report);
    }

    /** Runs a SELECT over the union of all record graphs. */
    java.util.List<QuerySolution> select(String query) {
        String prefixes = """
                PREFIX kg: <https://w3id.org/kamergraaf/def#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX opengov: <http://www.w3.org/ns/opengov#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                """;
        // The default graph is the union of the record graphs, as in the store; GRAPH patterns still see each graph.
        // (materialised once: querying a dynamic union of thousands of graphs is slow)
        if (unionCopy == null) {
            unionCopy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dataset.find().forEachRemaining(q -> unionCopy.add(q.asTriple()));
        }
        DatasetGraph union = DatasetGraphFactory.createGeneral(unionCopy);
        for (var it = dataset.listGraphNodes(); it.hasNext(); ) {
            var g = it.next();
            union.addGraph(g, dataset.getGraph(g));
        }
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(union)).query(prefixes + query).build()) {
            ResultSet rs = qe.execSelect();
            java.util.List<QuerySolution> out = new java.util.ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        }
    }

    long count(String query) {
        return select(query).get(0).getLiteral("n").getLong();
    }

    long quads() {
        return dataset.stream().filter(q -> !Quad.isDefaultGraph(q.getGraph())).count();
    }
}
