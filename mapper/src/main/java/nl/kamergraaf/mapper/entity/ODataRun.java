package nl.kamergraaf.mapper.entity;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.riot.system.StreamRDF;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.RunIndexes;
import nl.kamergraaf.mapper.directory.DocumentIndex;
import nl.kamergraaf.mapper.directory.FractieDirectory;
import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.record.ODataMetadata;
import nl.kamergraaf.mapper.record.ODataNumberIndex;
import nl.kamergraaf.mapper.record.RecordVersions;
import nl.kamergraaf.mapper.record.TkEntityType;
import nl.kamergraaf.mapper.runindex.StringTable;
import nl.kamergraaf.mapper.spi.PublicNumbers;

/**
 * What one mapping run knows about Tweede Kamer records in the OData shape, shared by every format that yields them
 * (OData JSON pages, SyncFeed XML): the prepare pass fills the indexes (persons, fracties by name, the numbers behind
 * document, zaak, activiteit, agendapunt and kamerstukdossier GUIDs, the roll-call besluiten, the newest version of
 * every record, the votes per besluit) from all files of the run, whatever their format, and the map pass maps each
 * record with one {@link ODataRecordMapper}. So a zaak named by GUID in an XML entry reaches the same IRI as the JSON
 * record that carries its number, and the vote counts are written once over all formats.
 */
public final class ODataRun {
    private final MappingContext ctx;
    private final ODataMetadata metadata = ODataMetadata.bundled();
    private final ODataNumberIndex numbers;
    private final VoteTally tally;
    private final FractieDirectory fracties = new FractieDirectory();
    /** Besluiten whose vote is a roll call (StemmingsSoort "Hoofdelijk"), lowercase GUIDs: a few per cent of all. */
    private final StringTable rollCalls;
    private final RecordVersions versions;
    private ODataRecordMapper mapper;
    private boolean voteEventsWritten;

    private ODataRun(MappingContext ctx) {
        this.ctx = ctx;
        RunIndexes indexes = ctx.indexes();
        this.numbers = new ODataNumberIndex(indexes.stringTable("odata-numbers"));
        this.tally = new VoteTally(indexes);
        this.rollCalls = indexes.stringTable("roll-calls");
        this.versions = new RecordVersions(indexes.longHashTable("record-versions", RecordVersions.WIDTH));
    }

    /** The run state of this mapping run, made on first use. */
    public static ODataRun of(MappingContext ctx) {
        return ctx.shared(ODataRun.class, () -> new ODataRun(ctx));
    }

    public ODataMetadata metadata() {
        return metadata;
    }

    /** The prepare pass over one record (of a known entity type) and its nested records. */
    public void collect(String type, JsonNode record, String source) {
        collect(type, record, null, null, source);
    }

    /**
     * Maps one record and sends the graphs of its newest versions downstream, counting each record once; the first
     * call of the run first writes the vote events, which need every Stemming of the run and so can only be written
     * once all prepare passes are done.
     *
     * @throws RecordFormatException when the record cannot be mapped; nothing of it has been written
     */
    public void map(String type, ObjectNode record, String source, StreamRDF out) throws RecordFormatException {
        writeVoteEventsOnce(out);
        if (mapper == null) mapper = new ODataRecordMapper(ctx, metadata, facts());
        List<RecordBuffer> graphs = mapper.map(type, record, source);
        for (RecordBuffer g : graphs) {
            long content = g.contentHash();
            if (!versions.needsWriting(g.recordKey(), content)) continue;
            // An expansion graph belongs to its record (UriMinter.expansionGraph): written once, not a record of its own.
            boolean expansion = g.recordKey() != null && g.recordKey().endsWith(nl.kamergraaf.mapper.uri.UriMinter.EXPANSION);
            if (versions.markWritten(g.recordKey(), content) && !expansion) ctx.report().recordMapped();
            g.flushTo(out);
        }
    }

    /** Writes the vote events of the run, once, however many files and formats ask. */
    public void writeVoteEventsOnce(StreamRDF out) {
        if (voteEventsWritten) return;
        voteEventsWritten = true;
        // An option off the list was warned of where a vote used it, with its file and record; not again here.
        EnumerationConcepts concepts = new EnumerationConcepts(ctx.uris(), nl.kamergraaf.vocab.ConceptSchemes.ofOntology(),
                (scheme, value) -> { });
        new VoteEventWriter(ctx.uris(), concepts).writeAll(tally, rollCalls::containsKey, out, ctx.report());
    }

    private RunFacts facts() {
        // In a full map the prepare pass knows the numbers of live things and deleted ones alike.
        PublicNumbers known = PublicNumbers.of(ctx.documents(), numbers);
        return new RunFacts(known, known, fracties, rollCalls::containsKey, versions::isNewest, this::warnUnknown);
    }

    /** One warning per value and file: the file and the first record that used it. */
    private void warnUnknown(String scheme, String value, String source, String recordId) {
        ctx.report().warn(scheme + '\n' + value + '\n' + source, new MappingProblem(source, recordId, null,
                "value '" + value + "' is not on the list of " + scheme + "; kept as an unknown value (kg:OnbekendeWaarde)"));
    }

    private void collect(String type, JsonNode r, String parentType, String parentId, String source) {
        String id = Fields.text(r, "Id");
        boolean deleted = Fields.isTrue(r, "Verwijderd");
        if (id != null) versions.see(type, id, Fields.text(r, "ApiGewijzigdOp"));
        switch (type) {
            case "Persoon" -> { if (!deleted) addPerson(r, ctx.persons()); }
            case "Document" -> indexDocument(r, ctx.documents());
            case "Besluit" -> { if (!deleted && id != null && VoteWeight.isRollCall(r)) rollCalls.put(id.toLowerCase(Locale.ROOT), ""); }
            case "Fractie" -> { if (!deleted && id != null) addFractie(r); }
            case "Stemming" -> {
                tally(r, parentType, parentId, source, tally);
                observeFractie(r);
            }
            case "ZaakActor", "DocumentActor" -> observeFractie(r);
            // The numbered types but documents (above, by all their GUIDs): zaken, activiteiten, agendapunten, dossiers.
            default -> TkEntityType.of(type).flatMap(t -> t.statedNumber(r)).ifPresent(n -> numbers.add(type, id, n));
        }
        var et = metadata.entityType(type);
        if (et.isEmpty()) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            var nav = et.get().navigation(f.getKey());
            if (nav.isEmpty()) continue;
            JsonNode v = f.getValue();
            for (JsonNode child : v.isArray() ? v : v.isObject() ? List.of(v) : List.<JsonNode>of()) {
                if (child.isObject()) collect(nav.get().targetType(), child, type, id, source);
            }
        }
    }

    private void addFractie(JsonNode r) {
        fracties.addRecord(Fields.text(r, "Id"), Fields.text(r, "Afkorting"), Fields.text(r, "NaamNL"),
                ODataEntityWriter.dateOf(r, "DatumActief"), ODataEntityWriter.dateOf(r, "DatumInactief"));
    }

    /** A record that names a fractie by key and by name teaches the run that name. */
    private void observeFractie(JsonNode r) {
        if (Fields.isTrue(r, "Verwijderd")) return;
        fracties.observe(Fields.text(r, "Fractie_Id"), Fields.text(r, "ActorFractie"), ODataEntityWriter.dateOf(r));
        JsonNode fractie = r.path("Fractie");
        if (fractie.isObject() && fractie.hasNonNull("Id")) {
            fracties.observe(Fields.text(fractie, "Id"), Fields.text(r, "ActorFractie"), ODataEntityWriter.dateOf(r));
        }
    }

    private static void tally(JsonNode r, String parentType, String parentId, String source, VoteTally tally) {
        String id = Fields.text(r, "Id");
        if (id == null) return;
        String modified = Fields.text(r, "ApiGewijzigdOp");
        if (Fields.isTrue(r, "Verwijderd")) {
            tally.deleted(id, modified);
            return;
        }
        String besluit = Fields.text(r, "Besluit_Id");
        if (besluit == null && "Besluit".equals(parentType)) besluit = parentId;
        String option = Fields.text(r, "Soort");
        JsonNode size = r.get("FractieGrootte");
        if (besluit != null && option != null) {
            tally.vote(id, besluit, option, VoteWeight.byMember(r, false),
                    size != null && size.canConvertToInt() ? size.intValue() : null, modified, source);
        }
    }

    private static void addPerson(JsonNode r, PersonDirectory persons) {
        if (!r.hasNonNull("Achternaam") || !r.hasNonNull("Id")) return;
        persons.add(new PersonDirectory.Person(r.get("Id").asText(), Fields.text(r, "Initialen"), Fields.text(r, "Tussenvoegsel"),
                r.get("Achternaam").asText(), Fields.text(r, "Roepnaam")));
    }

    /** A document, with its versions and publications, all leading to its number. */
    private static void indexDocument(JsonNode r, DocumentIndex index) {
        if (r.hasNonNull("DocumentNummer") && r.hasNonNull("Id")) {
            String nummer = r.get("DocumentNummer").asText();
            index.add(r.get("Id").asText(), nummer);
            index.add(Fields.text(r, "HuidigeDocumentVersie_Id"), nummer); // a SyncFeed document names its version by ref
            JsonNode versie = r.path("HuidigeDocumentVersie");
            if (versie.isObject()) {
                index.add(Fields.text(versie, "Id"), nummer);
                for (JsonNode pub : versie.path("DocumentPublicatie")) index.add(Fields.text(pub, "Id"), nummer);
            }
        }
    }
}
