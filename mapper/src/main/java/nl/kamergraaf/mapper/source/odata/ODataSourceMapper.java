package nl.kamergraaf.mapper.source.odata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.system.StreamRDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.entity.ODataRun;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.record.ODataMetadata;
import nl.kamergraaf.mapper.spi.SourceMapper;

/**
 * OData JSON pages of the Tweede Kamer API. The prepare pass collects what mapping needs from all files: persons (for
 * name resolution in texts), the numbers behind document, zaak, activiteit and agendapunt GUIDs (so foreign keys reach
 * the same IRIs), and the votes per besluit (for the vote events' counts), into the run's {@link ODataRun}, which
 * SyncFeed XML shares. The map pass then streams each file, record by record, through it.
 */
public final class ODataSourceMapper implements SourceMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ODataSourceMapper.class);

    private final ODataJsonReader reader = new ODataJsonReader();
    private final ODataMetadata metadata = ODataMetadata.bundled();
    private final EntityTypeResolver types = new EntityTypeResolver(metadata);

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
        ODataRun run = ODataRun.of(ctx);
        Optional<String> fileType = types.fromFile(file);
        String source = sourceName(file);
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, new ODataJsonReader.Handler() {
                @Override
                public void record(ObjectNode record, long position, String context) {
                    try {
                        run.collect(types.resolve(context, fileType, record), record, source);
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
        ODataRun run = ODataRun.of(ctx);
        run.writeVoteEventsOnce(out);
        Optional<String> fileType = types.fromFile(file);
        String source = sourceName(file);
        try (InputStream in = Files.newInputStream(file)) {
            ODataJsonReader.PageInfo page = reader.read(in, new ODataJsonReader.Handler() {
                @Override
                public void record(ObjectNode record, long position, String context) {
                    try {
                        run.map(types.resolve(context, fileType, record), record, source, out);
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

    /** The record's position in the file, with its Id where it has one: "3 (Id 1183f6c2-…)". */
    private static String describe(long position, JsonNode record) {
        String id = Fields.text(record, "Id");
        return id == null ? Long.toString(position) : position + " (Id " + id + ")";
    }

    /** The file as the record graphs cite it: its folder and name, which is stable wherever the data lies. */
    public static String sourceName(Path file) {
        Path parent = file.getParent();
        String name = file.getFileName().toString();
        return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "/" + name;
    }
}
