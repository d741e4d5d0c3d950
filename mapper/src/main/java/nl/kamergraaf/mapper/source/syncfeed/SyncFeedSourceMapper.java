package nl.kamergraaf.mapper.source.syncfeed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.riot.system.StreamRDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.entity.ODataRun;
import nl.kamergraaf.mapper.record.ODataMetadata;
import nl.kamergraaf.mapper.source.odata.ODataSourceMapper;
import nl.kamergraaf.mapper.spi.SourceMapper;

/**
 * SyncFeed XML files of the Tweede Kamer API (Atom pages of {@code …/SyncFeed/2.0/Feed}, or single tkData entity
 * files): each entry is converted to the OData record shape ({@link TkDataConverter}) and mapped by the same
 * {@link ODataRun} as the OData JSON pages, so a record gives the same graph in either format, a {@code tk:verwijderd}
 * entity gives the same tombstone as {@code "Verwijderd": true}, and the prepare pass fills the same indexes (persons,
 * document and zaak numbers, votes). Files are streamed entry by entry.
 */
public final class SyncFeedSourceMapper implements SourceMapper {
    private static final Logger LOG = LoggerFactory.getLogger(SyncFeedSourceMapper.class);
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    /** How far into an Atom file to look for the tkData namespace: the first entry follows the feed's own header. */
    private static final int SNIFF_BYTES = 16 * 1024;

    private final SyncFeedEntryReader reader = new SyncFeedEntryReader(ODataMetadata.bundled());

    @Override
    public String name() {
        return "SyncFeed XML";
    }

    @Override
    public boolean recognises(Path file, String head) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) return false;
        if (head.contains(ATOM_NS)) return head.contains(TkDataConverter.TK_NS) || mentionsTkData(file);
        return TkDataRoot.isEntity(head);
    }

    /** An Atom feed is a SyncFeed page when its entries carry tkData, or when it says it is one (an empty last page). */
    private static boolean mentionsTkData(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            return start.contains(TkDataConverter.TK_NS) || start.contains("/SyncFeed/");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void prepare(Path file, MappingContext ctx) {
        ODataRun run = ODataRun.of(ctx);
        String source = ODataSourceMapper.sourceName(file);
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, new SyncFeedEntryReader.Handler() {
                @Override
                public void entry(long position, SyncFeedPage.Entry entry) {
                    run.collect(entry.entityType(), entry.record(), source);
                }

                @Override
                public void badEntry(long position, String id, String field, String reason) { }
            });
        } catch (IOException e) {
            LOG.debug("{}: left to the map pass to report: {}", file, e.getMessage());
        }
    }

    @Override
    public void map(Path file, MappingContext ctx, StreamRDF out) {
        ODataRun run = ODataRun.of(ctx);
        run.writeVoteEventsOnce(out);
        String source = ODataSourceMapper.sourceName(file);
        long[] mapped = {0};
        try (InputStream in = Files.newInputStream(file)) {
            long entries = reader.read(in, new SyncFeedEntryReader.Handler() {
                @Override
                public void entry(long position, SyncFeedPage.Entry entry) {
                    try {
                        run.map(entry.entityType(), entry.record(), source, out);
                        mapped[0]++;
                    } catch (RecordFormatException e) {
                        ctx.report().skipped(new MappingProblem(file.toString(), describe(position, entry.id()), e.field(), e.getMessage()));
                    }
                }

                @Override
                public void badEntry(long position, String id, String field, String reason) {
                    ctx.report().skipped(new MappingProblem(file.toString(), describe(position, id), field, reason));
                }
            });
            LOG.debug("{}: {} of {} entries mapped", file, mapped[0], entries);
        } catch (SyncFeedEntryReader.BrokenXmlException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), e.position() == 0 ? null : Long.toString(e.position()), null,
                    BrokenXml.describe(file, e, mapped[0])));
        } catch (IOException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), null, null, "cannot read: " + e.getMessage()));
        }
    }

    /** The entry's position in the file, with its Id where known: "3 (Id 1183f6c2-…)". */
    private static String describe(long position, String id) {
        return id == null ? Long.toString(position) : position + " (Id " + id + ")";
    }
}
