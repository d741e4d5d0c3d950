package nl.kamergraaf.server.alerts;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

import nl.kamergraaf.vocab.Prefixes;

/**
 * Which of some things the full-text index finds for a term (Dutch stemming, {@code halfgeleider*} for compounds), as
 * {@code text:query} in SPARQL finds them: the index is asked once, for at most {@code hits} subjects, and the answer
 * is narrowed to the candidates.
 */
final class FullTextMatch {
    private FullTextMatch() {}

    /** @throws IllegalArgumentException when the index cannot read the term */
    static Set<String> subjects(DatasetGraph dataset, String term, Set<String> candidates, int hits) {
        if (candidates.isEmpty()) return Set.of();
        String sparql = Prefixes.sparql("text") + "SELECT DISTINCT ?s { ?s text:query ("
                + FmtUtils.stringForNode(NodeFactory.createLiteralString(term)) + " " + hits + ") }";
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(dataset, () -> {
            Set<String> found = new HashSet<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(b -> {
                    var s = b.get("s");
                    if (s != null && s.isURI() && candidates.contains(s.getURI())) found.add(s.getURI());
                });
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            return found;
        });
    }
}
