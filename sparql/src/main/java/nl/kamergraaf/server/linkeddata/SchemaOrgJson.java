package nl.kamergraaf.server.linkeddata;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.vocab.KG;

/**
 * A small schema.org description of a thing for search engines, embedded in its HTML page as JSON-LD. The schema.org
 * type comes from the ontology's own alignment (e.g. kg:Document rdfs:subClassOf schema:CreativeWork).
 */
final class SchemaOrgJson {
    private SchemaOrgJson() {}

    static String of(Description d, Graph view, String pageUrl) {
        JsonObject o = new JsonObject();
        o.put("@context", "https://schema.org");
        List<Node> types = d.schemaTypes();
        if (types.isEmpty()) {
            o.put("@type", "Thing");
        } else {
            JsonArray a = new JsonArray();
            types.stream().map(t -> t.getURI().substring("https://schema.org/".length())).distinct().forEach(a::add);
            o.put("@type", a.size() == 1 ? a.get(0) : a);
        }
        o.put("@id", d.thing().getURI());
        o.put("name", Labels.bestOrFallback(view, d.thing()));
        first(view, d.thing(), KG.onderwerp).or(() -> first(view, d.thing(), RDFS.comment.asNode()))
                .ifPresent(s -> o.put("description", s));
        o.put("url", pageUrl);
        JsonArray sameAs = new JsonArray();
        for (Node p : List.of(OWL.sameAs.asNode(), RDFS.seeAlso.asNode())) {
            view.find(d.thing(), p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                .forEachRemaining(n -> sameAs.add(n.getURI()));
        }
        if (!sameAs.isEmpty()) o.put("sameAs", sameAs);
        first(view, d.thing(), KG.datum).ifPresent(s -> o.put("dateCreated", s));
        return scriptSafe(o.toString());
    }

    /**
     * Makes JSON safe inside a {@code <script>} element, whose text is not HTML-escaped: no '<' (so no
     * {@code </script>} or {@code <!--} can end or confuse the element), no '>' or '&'. JSON only has these inside
     * strings, where the \\u escapes mean the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                   .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static java.util.Optional<String> first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList().stream()
                .min(Labels.BY_LANGUAGE).map(Node::getLiteralLexicalForm);
    }
}
