package nl.kamergraaf.server.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;

/**
 * A saved query's results as row keys, and the entries a change of them makes. A row's key is its bindings in the
 * query's variable order, {@code ?var=<term in N-Triples form>} separated by tabs (N-Triples escapes tabs and line
 * ends inside literals, so a key is one line): the same row always gives the same key, and a removed row's key still
 * says what the row was.
 */
final class SavedQueryRows {
    /** More rows than this is not a question to follow as a feed; the query is skipped with an error. */
    static final int MAX_ROWS = 10_000;
    static final long TIMEOUT_SECONDS = 60;

    private SavedQueryRows() {}

    /** The query's current rows, keyed; inside a read transaction of its own. */
    static Map<String, List<Node>> evaluate(DatasetGraph dataset, SavedQuery saved) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, List<Node>> rows = new LinkedHashMap<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(saved.query()).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                RowSet rs = exec.select();
                List<Var> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    if (rows.size() >= MAX_ROWS) {
                        throw new IllegalStateException(saved.file() + ": more than " + MAX_ROWS + " result rows; narrow the query");
                    }
                    StringBuilder key = new StringBuilder();
                    List<Node> values = new ArrayList<>();
                    for (Var v : vars) {
                        Node n = b.get(v);
                        if (n == null) continue;
                        if (!key.isEmpty()) key.append('\t');
                        key.append('?').append(v.getVarName()).append('=').append(FmtUtils.stringForNode(n));
                        values.add(n);
                    }
                    rows.put(key.toString(), values);
                }
            }
            return rows;
        });
    }

    /**
     * The entries for rows that left (in the order they were seen), then for rows that appeared (in result order):
     * when a thing's row changes (an activity moves), its new row is the newer entry, which a calendar keeps.
     */
    static List<AlertEntry> changes(SavedQuery saved, Set<String> seen, Map<String, List<Node>> now, Instant time) {
        List<AlertEntry> out = new ArrayList<>();
        for (String key : seen) {
            if (!now.containsKey(key)) out.add(entry(saved, key, parse(key), AlertEntry.Kind.DELETED, time));
        }
        for (Map.Entry<String, List<Node>> row : now.entrySet()) {
            if (!seen.contains(row.getKey())) out.add(entry(saved, row.getKey(), row.getValue(), AlertEntry.Kind.NEW, time));
        }
        return out;
    }

    static Set<String> keys(Map<String, List<Node>> rows) {
        return new LinkedHashSet<>(rows.keySet());
    }

    /**
     * A row as an entry: linked to its first IRI; dated by its first date or date-time (and ended by its second), so a
     * query over activities gives a calendar; titled by its other literals (or the dates, or the IRI).
     */
    private static AlertEntry entry(SavedQuery saved, String key, List<Node> values, AlertEntry.Kind kind, Instant time) {
        String iri = null;
        List<String> dates = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Node n : values) {
            if (n.isURI() && iri == null) iri = n.getURI();
            if (!n.isLiteral()) continue;
            String dt = n.getLiteralDatatypeURI();
            boolean date = XSDDatatype.XSDdate.getURI().equals(dt) || XSDDatatype.XSDdateTime.getURI().equals(dt);
            (date ? dates : texts).add(n.getLiteralLexicalForm());
        }
        String title = !texts.isEmpty() ? String.join(" · ", texts) : !dates.isEmpty() ? String.join(" · ", dates) : iri;
        String summary = (kind == AlertEntry.Kind.NEW ? "new result of " : "no longer a result of ") + saved.name() + ": "
                + key.replace('\t', ' ');
        return new AlertEntry(0, time, kind, iri, title, summary, List.of(saved.feed()), dates.isEmpty() ? null : dates.get(0),
                dates.size() > 1 ? dates.get(1) : null, null);
    }

    /** A row's values back from its key. */
    static List<Node> parse(String key) {
        List<Node> values = new ArrayList<>();
        for (String part : key.split("\t")) {
            int eq = part.indexOf('=');
            if (eq < 0) continue;
            try {
                values.add(NodeFactoryExtra.parseNode(part.substring(eq + 1)));
            } catch (RuntimeException e) {
                // a key written by another version: the entry still says which row left, without its values
            }
        }
        return values;
    }
}
