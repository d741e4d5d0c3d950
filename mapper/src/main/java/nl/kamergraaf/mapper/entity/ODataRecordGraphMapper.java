package nl.kamergraaf.mapper.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.AlignmentMaterializer;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.directory.FractieDirectory;
import nl.kamergraaf.mapper.record.ODataMetadata;
import nl.kamergraaf.mapper.record.TkEntityType;
import nl.kamergraaf.mapper.spi.PageRecord;
import nl.kamergraaf.mapper.spi.PublicNumbers;
import nl.kamergraaf.mapper.spi.RecordGraph;
import nl.kamergraaf.mapper.spi.RecordGraphMapper;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.SuperTerms;

/**
 * The real OData record mapping behind sync: a record's graph is exactly what a full map ({@code KamergraafMapper})
 * gives for the same record, i.e. {@link ODataRecordMapper}'s graph of the record followed by the alignment
 * materialisation (super-classes and super-properties in the same graph).
 * <p>
 * Two things differ from a file map and are settled here:
 * <ul>
 *   <li><b>Numbers behind GUIDs.</b> A full map learns in its prepare pass which number a zaak, document, activiteit,
 *       agendapunt or dossier GUID has; sync asks {@code known} (the store being synced) instead, with the records of
 *       the current page taking precedence: a page's record is what that GUID's graph will say once the page is
 *       applied (a tombstone knows no number to link to, as in a full map of the final state).</li>
 *   <li><b>The number of a deleted record.</b> A deleted record states no number, but the store still holds the
 *       graph it had while live: {@code formerlyKnown} is asked for it (after any number the page's records state),
 *       so that the tombstone is also at the numbered IRI the thing was known by. A full map of the final state
 *       cannot know that number; this is the one way a synced tombstone graph may say more.</li>
 *   <li><b>Expansions are ignored.</b> A delta record is mapped as the OData API gives it without {@code $expand}:
 *       nested records (and the {@code {"Id": guid}} navigation entries the SyncFeed converter makes of
 *       {@code <kamerstukdossier ref=…/>}) would each replace the whole graph of the nested entity with a partial
 *       view; those entities come through their own category instead. A full map writes the record graph of an
 *       expanded record the same way and what the expansion adds in the record's expansion graph
 *       ({@link UriMinter#expansionGraph}), which sync leaves as it is.</li>
 * </ul>
 */
public final class ODataRecordGraphMapper implements RecordGraphMapper {
    private final ODataMetadata metadata = ODataMetadata.bundled();
    private final ODataRecordMapper mapper;
    private final SuperTerms superTerms = SuperTerms.ofOntology();
    /** The numbers the current page states, by "Type:guid"; an empty value shadows the store (a tombstone). */
    private final Map<String, Optional<String>> page = new HashMap<>();
    /** The numbers the current page's live records state, by "Type:guid"; never shadowed by a tombstone. */
    private final Map<String, String> statedOnPage = new HashMap<>();

    /**
     * @param known         the numbers of the live things of the store being synced, for links to things named by GUID
     * @param formerlyKnown the numbers the store knows a GUID by, a deleted record's included, for tombstones
     */
    public ODataRecordGraphMapper(UriMinter uris, PublicNumbers known, PublicNumbers formerlyKnown) {
        this(uris, known, formerlyKnown, new FractieDirectory());
    }

    /**
     * @param fracties the fracties the synced store knows, by name: a record that names one without its key
     *                 ({@code "ActorFractie": "JA21"}) is linked to it as a full map would link it
     */
    public ODataRecordGraphMapper(UriMinter uris, PublicNumbers known, PublicNumbers formerlyKnown, FractieDirectory fracties) {
        PublicNumbers numbers = (type, guid) -> {
            if (guid == null) return Optional.empty();
            Optional<String> onPage = page.get(key(type, guid));
            return onPage != null ? onPage : known.nummer(type, guid);
        };
        PublicNumbers formerNumbers = (type, guid) -> {
            if (guid == null) return Optional.empty();
            String onPage = statedOnPage.get(key(type, guid));
            return onPage != null ? Optional.of(onPage) : formerlyKnown.nummer(type, guid);
        };
        this.mapper = new ODataRecordMapper(uris, new EntityWriter(uris), metadata, numbers, formerNumbers, fracties);
    }

    @Override
    public void startPage(List<PageRecord> records) {
        page.clear();
        statedOnPage.clear();
        for (PageRecord r : records) {
            String id = r.record().path("Id").asText(null);
            var type = TkEntityType.of(r.entityType()).filter(TkEntityType::numbered);
            if (type.isEmpty() || id == null) continue;
            Optional<String> nummer = type.get().statedNumber(r.record());
            page.put(key(r.entityType(), id), nummer);
            nummer.ifPresent(n -> statedOnPage.put(key(r.entityType(), id), n));
        }
    }

    @Override
    public RecordGraph map(String entityType, ObjectNode record, String source) throws RecordFormatException {
        ObjectNode flat = withoutExpansions(entityType, record);
        List<RecordBuffer> buffers = mapper.map(entityType, flat, source);
        RecordBuffer own = buffers.get(0);
        List<Quad> quads = new ArrayList<>(own.size() * 2);
        StreamRDFBase collect = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        AlignmentMaterializer materialized = new AlignmentMaterializer(collect, superTerms);
        own.flushTo(materialized);
        Node subject = mapper.iri(entityType, flat);
        return new RecordGraph(own.graph(), subject, quads, flat.path("Verwijderd").asBoolean(false));
    }

    private ObjectNode withoutExpansions(String entityType, ObjectNode record) {
        var type = metadata.entityType(entityType);
        if (type.isEmpty()) return record; // the record mapper reports the unknown type
        ObjectNode flat = null;
        for (Iterator<String> it = record.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (type.get().navigation(field).isPresent()) {
                if (flat == null) flat = record.deepCopy();
                flat.remove(field);
            }
        }
        return flat == null ? record : flat;
    }

    private static String key(String entityType, String guid) {
        return entityType + ':' + guid.toLowerCase(Locale.ROOT);
    }
}
