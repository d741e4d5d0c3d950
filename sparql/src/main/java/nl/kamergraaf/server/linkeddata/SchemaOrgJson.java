package nl.kamergraaf.server.linkeddata;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

import nl.kamergraaf.format.Json;
import nl.kamergraaf.vocab.KG;

/**
 * A small schema.org description of a thing for search engines, embedded in its HTML page as JSON-LD. The schema.org
 * type comes from the ontology's own alignment (e.g. kg:Document rdfs:subClassOf schema:CreativeWork).
 */
final class SchemaOrgJson {
    private SchemaOrgJson() {}

    static String of(Description d, Graph view, String pageUrl) {
        ObjectNode o = Json.object();
        o.put("@context", "https://schema.org");
        List<Node> types = d.schemaTypes();
        if (types.isEmpty()) {
            o.put("@type", "Thing");
        } else {
            ArrayNode a = Json.array();
            types.stream().map(t -> t.getURI().substring(SchemaDO.NS.length())).distinct().forEach(a::add);
            o.set("@type", a.size() == 1 ? a.get(0) : a);
        }
        o.put("@id", d.thing().getURI());
        o.put("name", Labels.bestOrFallback(view, d.thing()));
        first(view, d.thing(), KG.onderwerp).or(() -> first(view, d.thing(), RDFS.comment.asNode()))
                .ifPresent(s -> o.put("description", s));
        o.put("url", pageUrl);
        ArrayNode sameAs = Json.array();
        for (Node p : List.of(OWL.sameAs.asNode(), RDFS.seeAlso.asNode())) {
            view.find(d.thing(), p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                .forEachRemaining(n -> sameAs.add(n.getURI()));
        }
        if (!sameAs.isEmpty()) o.set("sameAs", sameAs);
        first(view, d.thing(), KG.datum).ifPresent(s -> o.put("dateCreated", s));
        return Json.writeForScript(o);
    }

    private static java.util.Optional<String> first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList().stream()
                .min(Labels.BY_LANGUAGE).map(Node::getLiteralLexicalForm);
    }
}
