package nl.kamergraaf.server.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Writes triples as JSON-LD 1.1 in expanded form, one node object per subject, while they stream past. Jena's JSON-LD
 * writers build the whole document in memory first; expanded form needs no context and no look-ahead, so a dump of
 * any size is written in flat memory. The triples must come grouped by subject and, within it, by predicate (as
 * {@link SortedStoreReader} delivers them). Every literal keeps its exact lexical form and datatype.
 */
final class JsonLdStreamWriter implements AutoCloseable {
    private final Writer out;
    private Node subject;
    private Node predicate;
    private boolean firstNode = true;

    JsonLdStreamWriter(Writer out) {
        this.out = out;
        write("[");
    }

    void triple(Triple t) {
        if (!t.getSubject().equals(subject)) {
            endNode();
            write(firstNode ? "\n{" : ",\n{");
            firstNode = false;
            write("\"@id\":");
            string(id(t.getSubject()));
            subject = t.getSubject();
            predicate = null;
        }
        if (!t.getPredicate().equals(predicate)) {
            if (predicate != null) write("]");
            write(",\n ");
            string(t.getPredicate().getURI());
            write(":[");
            predicate = t.getPredicate();
        } else {
            write(",");
        }
        object(t.getObject());
    }

    private void object(Node o) {
        if (o.isLiteral()) {
            write("{\"@value\":");
            string(o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                write(",\"@language\":");
                string(lang);
            } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
                write(",\"@type\":");
                string(o.getLiteralDatatypeURI());
            }
            write("}");
        } else {
            write("{\"@id\":");
            string(id(o));
            write("}");
        }
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "") : n.getURI();
    }

    private void endNode() {
        if (subject == null) return;
        if (predicate != null) write("]");
        write("}");
    }

    @Override
    public void close() {
        endNode();
        write("\n]\n");
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8. */
    private void string(String s) {
        write(nl.kamergraaf.format.JsonStrings.quote(s));
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
