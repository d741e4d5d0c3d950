package nl.kamergraaf.sync;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.sync.RecordGraph;
import nl.kamergraaf.mapper.sync.RecordGraphMapper;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Vocab;

/**
 * TEST STAND-IN, not the OData mapping: a generic record-to-graph mapper used only by the sync tests until the real
 * OData record mapping (branch odata) is merged. It follows the record-graph conventions (graph
 * {@code {base}/graph/odata-<entity>/<guid>}, {@code kg:Bronrecord}, {@code dct:source}, {@code dct:modified} from
 * ApiGewijzigdOp, tombstones {@code kg:VerwijderdRecord} + {@code prov:invalidatedAtTime} + {@code dct:identifier})
 * but writes each property under a test namespace, typed as JSON types it: enough to prove that sync stores exactly
 * what a full map of the same records gives.
 */
public final class StandInRecordGraphMapper implements RecordGraphMapper {
    static final String NS = "https://w3id.org/kamergraaf/test-stand-in#";
    private static final Node VERWIJDERD_RECORD = NodeFactory.createURI(KG.NS + "VerwijderdRecord");
    private static final Node INVALIDATED = NodeFactory.createURI(Vocab.PROV + "invalidatedAtTime");

    private final UriMinter uris;

    public StandInRecordGraphMapper(UriMinter uris) {
        this.uris = uris;
    }

    @Override
    public RecordGraph map(String entityType, ObjectNode record, String source) throws RecordFormatException {
        String id = record.path("Id").asText("");
        if (!id.matches("[0-9a-fA-F-]{36}")) throw new RecordFormatException("Id", "not a GUID: '" + id + "'");
        String kind = entityType.toLowerCase(Locale.ROOT);
        Node graph = uris.recordGraph("odata-" + kind, id.toLowerCase(Locale.ROOT));
        Node subject = thing(kind, id);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(graph, graph, RDF.type.asNode(), KG.Bronrecord));
        quads.add(Quad.create(graph, graph, DCTerms.source.asNode(), UriMinter.checked(source)));
        if (record.hasNonNull("ApiGewijzigdOp")) {
            quads.add(Quad.create(graph, graph, DCTerms.modified.asNode(),
                    NodeFactory.createLiteralDT(record.get("ApiGewijzigdOp").asText(), XSDDatatype.XSDdateTime)));
        }
        boolean deleted = record.path("Verwijderd").asBoolean(false);
        if (deleted) {
            quads.add(Quad.create(graph, subject, RDF.type.asNode(), VERWIJDERD_RECORD));
            quads.add(Quad.create(graph, subject, INVALIDATED,
                    NodeFactory.createLiteralDT(record.path("GewijzigdOp").asText(), XSDDatatype.XSDdateTime)));
            quads.add(Quad.create(graph, subject, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id)));
            return new RecordGraph(graph, subject, quads, true);
        }
        quads.add(Quad.create(graph, subject, RDF.type.asNode(), NodeFactory.createURI(NS + entityType)));
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            JsonNode v = f.getValue();
            if (name.equals("Id") || name.equals("Verwijderd") || name.equals("ApiGewijzigdOp") || name.startsWith("@") || v.isNull()) continue;
            Node p = NodeFactory.createURI(NS + name);
            if (name.endsWith("_Id")) {
                quads.add(Quad.create(graph, subject, p, thing(name.substring(0, name.length() - 3).toLowerCase(Locale.ROOT), v.asText())));
            } else if (v.isArray()) {
                for (JsonNode ref : v) quads.add(Quad.create(graph, subject, p, thing(name.toLowerCase(Locale.ROOT), ref.path("Id").asText())));
            } else if (v.isBoolean()) {
                quads.add(Quad.create(graph, subject, p, NodeFactory.createLiteralDT(v.asText(), XSDDatatype.XSDboolean)));
            } else if (v.isIntegralNumber()) {
                quads.add(Quad.create(graph, subject, p, NodeFactory.createLiteralDT(v.asText(), XSDDatatype.XSDinteger)));
            } else if (v.isNumber()) {
                quads.add(Quad.create(graph, subject, p, NodeFactory.createLiteralDT(v.decimalValue().toPlainString(), XSDDatatype.XSDdecimal)));
            } else {
                quads.add(Quad.create(graph, subject, p, NodeFactory.createLiteralString(v.asText())));
            }
        }
        return new RecordGraph(graph, subject, quads, false);
    }

    private Node thing(String kind, String guid) {
        return UriMinter.checked(uris.base() + "/id/" + kind + "/" + guid.toLowerCase(Locale.ROOT));
    }
}
