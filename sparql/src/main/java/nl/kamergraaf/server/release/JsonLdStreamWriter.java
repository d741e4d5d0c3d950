package nl.kamergraaf.server.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Writes triples as JSON-LD 1.1 in expanded form, one node object per subject, while they stream past. Jena's JSON-LD
 * writers build the whole document in memory first; expanded form needs no context and no look-ahead, so a dump of
 * any size is written in flat memory through Jackson's streaming generator. The triples must come grouped by subject
 * and, within it, by predicate (as {@link SortedStoreReader} delivers them). Every literal keeps its exact lexical
 * form and datatype.
 */
final class JsonLdStreamWriter implements AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final JsonGenerator json;
    private Node subject;
    private Node predicate;

    JsonLdStreamWriter(Writer out) {
        try {
            // The caller owns the stream: closing this writer ends the document, not the file.
            json = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new NodePerLine());
            json.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void triple(Triple t) {
        try {
            if (!t.getSubject().equals(subject)) {
                endNode();
                json.writeStartObject();
                json.writeStringField("@id", id(t.getSubject()));
                subject = t.getSubject();
                predicate = null;
            }
            if (!t.getPredicate().equals(predicate)) {
                if (predicate != null) json.writeEndArray();
                json.writeArrayFieldStart(t.getPredicate().getURI());
                predicate = t.getPredicate();
            }
            object(t.getObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void object(Node o) throws IOException {
        json.writeStartObject();
        if (o.isLiteral()) {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("@language", lang);
            } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
                json.writeStringField("@type", o.getLiteralDatatypeURI());
            }
        } else {
            json.writeStringField("@id", id(o));
        }
        json.writeEndObject();
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "") : n.getURI();
    }

    private void endNode() throws IOException {
        if (subject == null) return;
        if (predicate != null) json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void close() {
        try {
            endNode();
            json.writeEndArray();
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The dump's layout: each node object on a line of its own and each of its properties on the next line, so that
     * line-oriented tools (grep, head, diff) work on a file too big to pretty-print; values stay on their line.
     */
    private static final class NodePerLine implements PrettyPrinter {
        /** Nesting depth of the generator's current context: 1 inside the top array, 2 inside a node object. */
        private static int depth(JsonGenerator g) {
            int depth = 0;
            for (JsonStreamContext c = g.getOutputContext(); c.getParent() != null; c = c.getParent()) depth++;
            return depth;
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {}

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            g.writeRaw('}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(depth(g) == 2 ? ",\n " : ",");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(':');
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(depth(g) == 1 ? "\n]" : "]");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(depth(g) == 1 ? ",\n" : ",");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (depth(g) == 1) g.writeRaw('\n');
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {}
    }
}
