package nl.kamergraaf.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/**
 * Checks that hold for all Tweede Kamer data, not only for the data the project has seen: vote totals within the 150
 * seats, a member's vote weighing 1, one fractie size per fractie and day, one label per language per thing, every
 * concept that claims a scheme of the ontology listed in it. Shapes check one thing at a time; these check sums and
 * agreement across records, so they run as SPARQL over the union of the record graphs, as the store's default graph
 * is. Each violation names the records (named graphs) that state the thing and the files they came from.
 */
public final class DataInvariants {
    /** The SPARQL invariants, each {@code /nl/kamergraaf/invariants/{name}.rq} selecting ?focus and ?detail. */
    public static final List<String> QUERIES = List.of("vote-total-at-most-150", "roll-call-vote-weighs-one",
            "fractie-vote-weight-is-fractie-size", "one-label-per-language");
    /** Checked in code, against the ontology's concept lists. */
    public static final String CONCEPT_IN_SCHEME = "concept-in-scheme";
    /** At most this many records are named per violation: a label stated by a thousand records names a few. */
    private static final int MAX_RECORDS_NAMED = 5;

    private final ConceptSchemes schemes;

    private DataInvariants(ConceptSchemes schemes) {
        this.schemes = schemes;
    }

    public static DataInvariants ofOntology() {
        return new DataInvariants(ConceptSchemes.ofOntology());
    }

    /** Every violation in a dataset held in memory (its union is copied into one graph first). */
    public List<InvariantViolation> check(DatasetGraph data) {
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(data, () -> data.find().forEachRemaining(q -> union.add(q.asTriple())));
        return check(data, union);
    }

    /**
     * Every violation, sorted by invariant and thing; empty when all invariants hold.
     *
     * @param data  the records, one named graph each, to name where a violation is stated
     * @param union the union of the record graphs (a store's union default graph, or a merged copy)
     */
    public List<InvariantViolation> check(DatasetGraph data, Graph union) {
        return Txn.calculateRead(data, () -> {
            List<InvariantViolation> found = new ArrayList<>();
            for (String name : QUERIES) found.addAll(run(name, data, union));
            found.addAll(conceptsInScheme(data));
            found.sort(Comparator.comparing(InvariantViolation::invariant).thenComparing(InvariantViolation::focus)
                    .thenComparing(InvariantViolation::detail));
            return found;
        });
    }

    private List<InvariantViolation> run(String name, DatasetGraph data, Graph union) {
        Query query = QueryFactory.create(read("/nl/kamergraaf/invariants/" + name + ".rq"));
        List<InvariantViolation> found = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(union)).query(query).build()) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Node focus = row.get("focus").asNode();
                found.add(violation(name, focus, row.getLiteral("detail").getLexicalForm(), data));
            }
        }
        return found;
    }

    /** A concept that says it is in one of the ontology's schemes must be on that scheme's list. */
    private List<InvariantViolation> conceptsInScheme(DatasetGraph data) {
        List<InvariantViolation> found = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (Iterator<Quad> it = data.find(Node.ANY, Node.ANY, SKOS.inScheme.asNode(), Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            Node concept = q.getSubject();
            Node scheme = q.getObject();
            if (!scheme.isURI() || !schemes.isScheme(scheme.getURI()) || schemes.lists(scheme, concept)) continue;
            if (!seen.add(concept + " " + scheme)) continue;
            found.add(violation(CONCEPT_IN_SCHEME, concept, "says it is in the scheme " + scheme.getURI()
                    + ", which does not list it: a value outside the list is a kg:OnbekendeWaarde", data));
        }
        return found;
    }

    private static InvariantViolation violation(String name, Node focus, String detail, DatasetGraph data) {
        // The records that state the thing, then those that point at it (the votes that add up to a besluit's total).
        TreeSet<String> records = new TreeSet<>();
        collectGraphs(data.find(Node.ANY, focus, Node.ANY, Node.ANY), records);
        collectGraphs(data.find(Node.ANY, Node.ANY, Node.ANY, focus), records);
        TreeSet<String> sources = new TreeSet<>();
        for (String record : records) {
            data.find(org.apache.jena.graph.NodeFactory.createURI(record), org.apache.jena.graph.NodeFactory.createURI(record),
                    DCTerms.source.asNode(), Node.ANY).forEachRemaining(q -> sources.add(q.getObject().isLiteral()
                    ? q.getObject().getLiteralLexicalForm() : q.getObject().toString()));
        }
        return new InvariantViolation(name, focus.isURI() ? focus.getURI() : focus.toString(), detail,
                List.copyOf(records), List.copyOf(sources));
    }

    private static void collectGraphs(Iterator<Quad> quads, TreeSet<String> records) {
        while (quads.hasNext() && records.size() < MAX_RECORDS_NAMED) {
            Quad q = quads.next();
            if (!q.isDefaultGraph() && q.getGraph().isURI()) records.add(q.getGraph().getURI());
        }
    }

    private static String read(String resource) {
        try (InputStream in = DataInvariants.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Invariant query missing from the classpath: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
