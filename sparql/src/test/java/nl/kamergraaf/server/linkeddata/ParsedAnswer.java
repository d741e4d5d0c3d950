package nl.kamergraaf.server.linkeddata;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** An RDF answer parsed twice, by Jena and by RDF4J Rio, so a format error either parser would see fails the test. */
final class ParsedAnswer {
    final Model jena;
    final org.eclipse.rdf4j.model.Model rio;

    ParsedAnswer(byte[] body, Representation format, String baseUri) throws IOException {
        this.jena = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(format.lang()).base(baseUri).parse(jena);
        this.rio = Rio.parse(new ByteArrayInputStream(body), baseUri, rioFormat(format));
    }

    boolean ask(String sparqlAsk) {
        try (QueryExecution qe = QueryExecutionFactory.create(Prefixes.SPARQL + sparqlAsk, jena)) {
            return qe.execAsk();
        }
    }

    /** Whether Rio's parse holds the statement s p o (IRIs). */
    boolean rioHas(String s, String p, String o) {
        SimpleValueFactory vf = SimpleValueFactory.getInstance();
        return rio.contains(vf.createIRI(s), vf.createIRI(p), vf.createIRI(o));
    }

    static RDFFormat rioFormat(Representation format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case JSONLD -> RDFFormat.JSONLD;
            case RDFXML -> RDFFormat.RDFXML;
            case TRIG -> RDFFormat.TRIG;
            case NQUADS -> RDFFormat.NQUADS;
            case HTML -> throw new IllegalArgumentException("HTML is not RDF");
        };
    }


    /** The prefixes the tests' SPARQL uses. */
    static final class Prefixes {
        static final String SPARQL = """
                PREFIX kg: <https://w3id.org/kamergraaf/def#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX hydra: <http://www.w3.org/ns/hydra/core#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                """;

        private Prefixes() {}
    }
}
