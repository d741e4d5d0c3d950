package nl.kamergraaf.server.linkeddata;

import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;

/** Serialises a description graph in one RDF format; JSON-LD is compacted with the prefixes as its context. */
final class RdfBody {
    private RdfBody() {}

    static byte[] write(Graph g, Representation format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFWriter.source(g).format(format.rdfFormat()).output(out);
        return out.toByteArray();
    }
}
