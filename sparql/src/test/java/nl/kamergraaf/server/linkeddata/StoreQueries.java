package nl.kamergraaf.server.linkeddata;

import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/** The facts a page test checks against: SPARQL on the fixture server's endpoint, with the usual prefixes. */
final class StoreQueries {
    static final String PREFIXES = ParsedAnswer.Prefixes.SPARQL + """
            PREFIX opengov: <http://www.w3.org/ns/opengov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private final String endpoint;

    StoreQueries(LinkedDataFixture fx) {
        this.endpoint = fx.server.sparqlUrl();
    }

    /** The first value of the first row: a literal's text or a resource's IRI. */
    String one(String select) {
        try (QueryExecution qe = exec(select)) {
            QuerySolution s = qe.execSelect().next();
            RDFNode v = s.get(s.varNames().next());
            return v.isLiteral() ? v.asLiteral().getString() : v.asResource().getURI();
        }
    }

    /** The number bound to ?n. */
    long count(String select) {
        try (QueryExecution qe = exec(select)) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    boolean ask(String ask) {
        try (QueryExecution qe = exec(ask)) {
            return qe.execAsk();
        }
    }

    /** The Dutch label (else any label) of each thing matched as ?x. */
    TreeSet<String> labelsOf(String pattern) {
        TreeSet<String> out = new TreeSet<>();
        try (QueryExecution qe = exec("SELECT ?x (SAMPLE(COALESCE(?nl, ?any)) AS ?l) WHERE { " + pattern
                + " OPTIONAL { ?x rdfs:label ?nl FILTER(lang(?nl) = 'nl') } OPTIONAL { ?x rdfs:label ?any } } GROUP BY ?x")) {
            qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("l").getString()));
        }
        return out;
    }

    /** The ontology's Dutch label of a kg: property (its local name given). */
    String propertyLabel(String local) {
        return one("SELECT ?v WHERE { kg:" + local + " rdfs:label ?v FILTER(lang(?v) = 'nl') }");
    }

    /** Runs a SELECT and hands its rows to {@code use} while the execution is open. */
    void select(String select, Consumer<ResultSet> use) {
        try (QueryExecution qe = exec(select)) {
            use.accept(qe.execSelect());
        }
    }

    static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private QueryExecution exec(String query) {
        return QueryExecutionHTTP.service(endpoint).query(PREFIXES + query).build();
    }
}
