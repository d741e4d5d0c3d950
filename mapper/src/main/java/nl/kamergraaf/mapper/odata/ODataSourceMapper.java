package nl.kamergraaf.mapper.odata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.system.StreamRDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.SourceMapper;
import nl.kamergraaf.mapper.directory.DocumentIndex;
import nl.kamergraaf.mapper.directory.PersonDirectory;

/**
 * OData JSON pages of the Tweede Kamer API. The prepare pass collects what mapping needs from all files: persons (for
 * name resolution in texts), the numbers behind document, zaak, activiteit and agendapunt GUIDs (so foreign keys reach
 * the same IRIs), and the votes per besluit (for the vote events' counts). The map pass then streams each file, record
 * by record, through {@link ODataRecordMapper}.
 */
public final class ODataSourceMapper implements SourceMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ODataSourceMapper.class);

    private final ODataJsonReader reader = new ODataJsonReader();
    private final ODataMetadata metadata = ODataMetadata.bundled();
    private final EntityTypeResolver types = new EntityTypeResolver(metadata);
    /** What one run (one MappingContext) has gathered; a new context starts afresh. */
    private MappingContext runContext;
    private RunState run;

    private static final class RunState {
        final ODataNumberIndex numbers = new ODataNumberIndex();
        final VoteTally tally = new VoteTally();
        ODataRecordMapper mapper;
        boolean voteEventsWritten;
    }

    @Override
    public String name() {
        return "OData JSON page";
    }

    @Override
    public boolean recognises(Path file, String head) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public void prepare(Path file, MappingContext ctx) {
        RunState state = state(ctx);
        Optional<String> fileType = types.fromFile(file);
        String source = sourceName(file);
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, new ODataJsonReader.Handler() {
                @Override
                public void record(ObjectNode record, long position, String context) {
                    try {
                        collect(types.resolve(context, fileType, record), record, null, null, source, ctx, state);
                    } catch (RecordFormatException | RuntimeException e) {
                        LOG.debug("{} record {}: left to the map pass to report: {}", file, position, e.getMessage());
                    }
                }

                @Override
                public void notARecord(long position, String reason) { }
            });
        } catch (IOException e) {
            LOG.debug("{}: left to the map pass to report: {}", file, e.getMessage());
        }
    }

    @Override
    public void map(Path file, MappingContext ctx, StreamRDF out) {
        RunState state = state(ctx);
        if (!state.voteEventsWritten) {
            state.voteEventsWritten = true;
            VoteEventWriter.write(state.tally, new ODataIris(ctx.uris(), ctx.documents(), state.numbers), out, ctx.report());
        }
        if (state.mapper == null) state.mapper = new ODataRecordMapper(ctx, metadata, state.numbers);
        ODataRecordMapper mapper = state.mapper;
        Optional<String> fileType = types.fromFile(file);
        String source = sourceName(file);
        try (InputStream in = Files.newInputStream(file)) {
            ODataJsonReader.PageInfo page = reader.read(in, new ODataJsonReader.Handler() {
                @Override
                public void record(ObjectNode record, long position, String context) {
                    try {
                        List<RecordBuffer> graphs = mapper.map(types.resolve(context, fileType, record), record, source);
                        int quads = 0;
                        for (RecordBuffer g : graphs) quads += g.flushTo(out);
                        ctx.report().recordMapped(quads);
                    } catch (RecordFormatException e) {
                        ctx.report().skipped(new MappingProblem(file.toString(), describe(position, record), e.field(), e.getMessage()));
                    }
                }

                @Override
                public void notARecord(long position, String reason) {
                    ctx.report().skipped(new MappingProblem(file.toString(), Long.toString(position), null, reason));
                }
            });
            // Pages are mapped as files; fetching the rest of a result set is the harvester's job, not the mapper's.
            page.nextLink().ifPresent(next -> LOG.info("{}: {} record(s); the result set continues at {} (not fetched)",
                    file, page.records(), next));
        } catch (ODataJsonReader.ReadException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), Long.toString(e.position()), null, e.getMessage()));
        } catch (IOException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), null, null, "cannot read: " + e.getMessage()));
        }
    }

    private RunState state(MappingContext ctx) {
        if (runContext != ctx) {
            runContext = ctx;
            run = new RunState();
        }
        return run;
    }

    /** The record's position in the file, with its Id where it has one: "3 (Id 1183f6c2-…)". */
    private static String describe(long position, JsonNode record) {
        String id = Fields.text(record, "Id");
        return id == null ? Long.toString(position) : position + " (Id " + id + ")";
    }

    /** The file as the record graphs cite it: its folder and name, which is stable wherever the data lies. */
    static String sourceName(Path file) {
        Path parent = file.getParent();
        String name = file.getFileName().toString();
        return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "/" + name;
    }

    /** The prepare pass over one record and its nested records. */
    private void collect(String type, JsonNode r, String parentType, String parentId, String source, MappingContext ctx, RunState state) {
        String id = Fields.text(r, "Id");
        boolean deleted = Fields.isTrue(r, "Verwijderd");
        switch (type) {
            case "Persoon" -> { if (!deleted) addPerson(r, ctx.persons()); }
            case "Document" -> indexDocument(r, ctx.documents());
            case "Zaak", "Activiteit", "Agendapunt" -> state.numbers.add(type, id, Fields.text(r, "Nummer"));
            case "Stemming" -> tally(r, parentType, parentId, source, state.tally);
            default -> { }
        }
        var et = metadata.entityType(type);
        if (et.isEmpty()) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            var nav = et.get().navigation(f.getKey());
            if (nav.isEmpty()) continue;
            JsonNode v = f.getValue();
            for (JsonNode child : v.isArray() ? v : v.isObject() ? List.of(v) : List.<JsonNode>of()) {
                if (child.isObject()) collect(nav.get().targetType(), child, type, id, source, ctx, state);
            }
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
        JsonNode weight = r.get("FractieGrootte");
        if (besluit != null && option != null && weight != null && weight.canConvertToInt()) {
            tally.vote(id, besluit, option, weight.intValue(), modified, source);
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
            JsonNode versie = r.path("HuidigeDocumentVersie");
            if (versie.isObject()) {
                index.add(Fields.text(versie, "Id"), nummer);
                for (JsonNode pub : versie.path("DocumentPublicatie")) index.add(Fields.text(pub, "Id"), nummer);
            }
        }
    }
}
