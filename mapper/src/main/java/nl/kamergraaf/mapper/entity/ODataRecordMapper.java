package nl.kamergraaf.mapper.entity;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.directory.FractieDirectory;
import nl.kamergraaf.mapper.record.EdmValueChecker;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.record.ODataMetadata;
import nl.kamergraaf.mapper.record.TkEntityType;
import nl.kamergraaf.mapper.spi.PublicNumbers;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.ConceptSchemes;
import nl.kamergraaf.vocab.KG;

/**
 * Maps one Tweede Kamer record, in the OData JSON shape (PascalCase property names, {@code Xxx_Id} foreign keys,
 * nested {@code $expand} results), to RDF: one named graph per record, nested records in graphs of their own, linked
 * to their parent in the parent's graph. A deleted record ({@code Verwijderd: true}) becomes a tombstone only. The
 * caller flushes the returned buffers only when the whole record mapped, so a bad record leaves nothing behind.
 * <p>
 * The OData JSON reader feeds it; a SyncFeed entry converted to the same JSON shape can be fed to it the same way.
 */
public final class ODataRecordMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ODataRecordMapper.class);
    private static final Node INVALIDATED_AT = nl.kamergraaf.vocab.Vocab.PROV_invalidatedAtTime;
    /** Document versions and publications are told as part of their document (version number, kst- identifier). */
    private static final Set<String> FOLDED = Set.of("Document.HuidigeDocumentVersie", "Document.DocumentVersie",
            "DocumentVersie.DocumentPublicatie", "DocumentVersie.DocumentPublicatieMetadata");

    private final ODataMetadata metadata;
    private final UriMinter uris;
    private final ODataIris iris;
    private final PublicNumbers formerNumbers;
    private final ODataEntityWriter writer;
    private final RunFacts facts;
    /** The record being written, for the warnings its values may raise. */
    private String currentSource;
    private String currentRecord;

    ODataRecordMapper(MappingContext ctx, ODataMetadata metadata, RunFacts facts) {
        this(ctx.uris(), ctx.entities(), metadata, facts);
    }

    /**
     * Outside a full map (sync): the numbers behind GUIDs come from wherever the caller knows them.
     *
     * @param numbers       the numbers of the things records name by GUID: an IRI minted from one of them is linked to
     * @param formerNumbers the numbers deleted records had while live: their numbered IRIs get a tombstone too
     * @param fracties      the fracties known by name, for a record that names one without its key
     */
    public ODataRecordMapper(UriMinter uris, EntityWriter entities, ODataMetadata metadata, PublicNumbers numbers,
            PublicNumbers formerNumbers, FractieDirectory fracties) {
        this(uris, entities, metadata, RunFacts.outsideARun(numbers, formerNumbers, fracties, (scheme, value, source, record) ->
                LOG.warn("{}, record {}: value '{}' is not on the list of {}; kept as an unknown value", source, record, value, scheme)));
    }

    private ODataRecordMapper(UriMinter uris, EntityWriter entities, ODataMetadata metadata, RunFacts facts) {
        this.metadata = metadata;
        this.uris = uris;
        this.facts = facts;
        this.iris = new ODataIris(uris, facts.numbers());
        this.formerNumbers = facts.formerNumbers();
        EnumerationConcepts concepts = new EnumerationConcepts(uris, ConceptSchemes.ofOntology(),
                (scheme, value) -> facts.unknownValues().unknown(scheme, value, currentSource, currentRecord));
        this.writer = new ODataEntityWriter(iris, entities, concepts, facts.fracties(), facts.rollCallBesluit());
    }

    /**
     * The IRI of the thing a record (of that entity type, with its Id) is about; for a deleted record the IRI of its
     * tombstone, its GUID IRI.
     */
    public Node iri(String entityType, ObjectNode record) {
        if (Fields.isTrue(record, "Verwijderd")) return iris.tombstone(entityType, Fields.text(record, "Id"));
        return iris.of(entityType, record);
    }

    /**
     * Maps a record of the given entity type (an EntityType name of the API's $metadata) with its nested records.
     *
     * @param sourceName the file name or URL the record came from, for the record graph's {@code dct:source}
     * @return the record graphs, the record's own first; nothing of them has been written yet
     * @throws RecordFormatException naming the field (with its path inside nested records) and the reason
     */
    public List<RecordBuffer> map(String entityType, ObjectNode record, String sourceName) throws RecordFormatException {
        List<RecordBuffer> out = new ArrayList<>();
        mapEntity(entityType, record, sourceName, ODataEntityWriter.Parent.NONE, null, out);
        return out;
    }

    private Node mapEntity(String type, ObjectNode r, String source, ODataEntityWriter.Parent parent, String path,
            List<RecordBuffer> out) throws RecordFormatException {
        ODataMetadata.EntityType et = metadata.entityType(type)
                .orElseThrow(() -> new RecordFormatException(path, "unknown entity type '" + type + "': not in the API's $metadata"));
        if (TkEntityType.of(type).isEmpty()) {
            throw new RecordFormatException(path, "entity type " + type + " is not mapped by Kamergraaf (yet)");
        }
        try {
            EdmValueChecker.check(et, r);
        } catch (RecordFormatException e) {
            throw new RecordFormatException(at(path, e.field()), "wrong type in " + type + " field " + e.field() + ": " + e.getMessage());
        }
        String id = Fields.text(r, "Id");
        if (id == null) throw new RecordFormatException(at(path, "Id"), "missing Id: a " + type + " record without an Id cannot be identified");
        try {
            String key = type + ':' + id.toLowerCase(Locale.ROOT);
            RecordBuffer b = new RecordBuffer(uris.recordGraph(TkEntityType.of(type).get().recordGraphKind(), id.toLowerCase(Locale.ROOT)), key);
            // An older version of a record that the run also has in a newer one: its graph is not written, but its
            // place in the parent and its nested records are still mapped.
            boolean current = facts.versions().isCurrent(type, id, Fields.text(r, "ApiGewijzigdOp"));
            if (current) out.add(b);
            int expansionAt = out.size();
            b.type(b.graph(), KG.Bronrecord);
            b.string(b.graph(), DCTerms.source.asNode(), source);
            b.typed(b.graph(), DCTerms.modified.asNode(), Fields.text(r, "ApiGewijzigdOp"), XSDDatatype.XSDdateTime);
            if (Fields.isTrue(r, "Verwijderd")) {
                tombstone(type, r, b);
                return null;
            }
            currentSource = source;
            currentRecord = id;
            // The record graph holds what the record says by itself, as the API gives it without $expand (and as
            // sync maps it); what its expansions add goes to its expansion graph, which sync keeps.
            ObjectNode flat = withoutNavigation(et, r);
            Node s = writer.write(type, flat, parent, b);
            if (flat == r) return s;
            RecordBuffer expanded = new RecordBuffer(b.graph());
            writer.write(type, r, parent, expanded);
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                var nav = et.navigation(field.getKey());
                if (nav.isEmpty() || field.getValue().isNull() || FOLDED.contains(type + "." + field.getKey())) continue;
                String target = nav.get().targetType();
                if (TkEntityType.of(target).isEmpty()) {
                    LOG.debug("{} {}: nested {} records are not mapped", type, id, target);
                    continue;
                }
                JsonNode value = field.getValue();
                int i = 0;
                for (JsonNode child : value.isArray() ? value : List.of(value)) {
                    i++;
                    String childPath = at(path, field.getKey()) + (value.isArray() ? "[" + i + "]" : "");
                    if (!child.isObject()) throw new RecordFormatException(childPath, "expected a " + target + " record, found " + EdmValueChecker.describe(child));
                    if (isReference(child)) {
                        // {"Id": guid} names the entity without describing it (a SyncFeed <zaak ref="…"/>, or
                        // $expand=Zaak($select=Id)): the link only, no graph that would say nothing but its Id.
                        NavigationLinks.link(type, field.getKey(), s, iris.ref(target, child.get("Id").asText()), expanded);
                        continue;
                    }
                    Node c = mapEntity(target, (ObjectNode) child, source, new ODataEntityWriter.Parent(type, id, s,
                            "Besluit".equals(type) && VoteWeight.isRollCall(r)), childPath, out);
                    if (c != null) NavigationLinks.link(type, field.getKey(), s, c, expanded);
                }
            }
            RecordBuffer expansion = new RecordBuffer(UriMinter.expansionGraph(b.graph()), key + UriMinter.EXPANSION);
            expansion.type(expansion.graph(), KG.Bronrecord);
            expansion.string(expansion.graph(), DCTerms.source.asNode(), source);
            int header = expansion.size();
            expanded.flushTo(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (!b.contains(q.getSubject(), q.getPredicate(), q.getObject())) expansion.add(q.getSubject(), q.getPredicate(), q.getObject());
                }
            });
            if (current && expansion.size() > header) out.add(expansionAt, expansion);
            return s;
        } catch (IllegalArgumentException e) {
            // An identifier that makes no valid IRI: reported, never written.
            throw new RecordFormatException(path, type + " " + id + ": " + e.getMessage());
        }
    }

    /**
     * The record without its navigation properties (nested records, references), or the record itself when none of
     * them holds anything (null and [] say nothing more than an absent navigation).
     */
    private static ObjectNode withoutNavigation(ODataMetadata.EntityType et, ObjectNode r) {
        boolean any = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext() && !any; ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            any = et.navigation(f.getKey()).isPresent() && !v.isNull() && !(v.isArray() && v.isEmpty());
        }
        if (!any) return r;
        ObjectNode flat = r.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (et.navigation(f.getKey()).isEmpty()) flat.set(f.getKey(), f.getValue());
        }
        return flat;
    }

    private static boolean isReference(JsonNode child) {
        return child.size() == 1 && child.path("Id").isTextual();
    }

    /**
     * A deleted record: only the tombstone, as docs/CONVENTIONS.md says; the thing is not a live entity. The tombstone
     * is at the GUID IRI, the one IRI a deleted record (all fields null but Id) still gives. A thing that was known by
     * its public number while live was linked to and bookmarked at that IRI: where the number is known (a full map's
     * prepare pass, or sync's store), the numbered IRI is stated as a tombstone of its own, the same as the GUID IRI,
     * so that it answers 410 Gone rather than 404.
     */
    private void tombstone(String type, ObjectNode r, RecordBuffer b) {
        String id = Fields.text(r, "Id");
        String when = Fields.text(r, "GewijzigdOp");
        if (when == null) when = Fields.text(r, "ApiGewijzigdOp");
        Node s = iris.tombstone(type, id);
        tombstoneAt(s, id, when, b);
        Optional<Node> numbered = formerNumbers.nummer(type, id).flatMap(n -> iris.byNumber(type, n));
        if (numbered.isPresent() && !numbered.get().equals(s)) {
            tombstoneAt(numbered.get(), id, when, b);
            b.add(numbered.get(), OWL.sameAs.asNode(), s);
        }
    }

    private static void tombstoneAt(Node s, String id, String when, RecordBuffer b) {
        b.type(s, KG.VerwijderdRecord);
        b.typed(s, INVALIDATED_AT, when, XSDDatatype.XSDdateTime);
        b.string(s, DCTerms.identifier.asNode(), id);
    }

    private static String at(String path, String field) {
        if (field == null) return path;
        return path == null ? field : path + "." + field;
    }
}
