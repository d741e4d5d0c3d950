package nl.kamergraaf.mapper.source.mirror;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.riot.system.StreamRDF;

import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.spi.SourceMapper;

/** Mirror pages of Tweede Kamer documents (.txt): one page is one record. */
public final class MirrorPageSourceMapper implements SourceMapper {
    private final MirrorPageParser parser = new MirrorPageParser();

    @Override
    public String name() {
        return "mirror page";
    }

    @Override
    public boolean recognises(Path file, String head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".page");
    }

    @Override
    public void map(Path file, MappingContext ctx, StreamRDF out) {
        String text;
        try {
            text = readUtf8(file);
        } catch (IOException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), null, null, "cannot read: " + e.getMessage()));
            return;
        }
        MirrorPage page;
        try {
            page = parser.parse(text);
        } catch (RecordFormatException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), "page", e.field(), e.getMessage()));
            return;
        }
        MirrorPageMapper mapper = new MirrorPageMapper(ctx.entities(), ctx.gazetteer(), ctx.analyzer());
        RecordBuffer buffer = new RecordBuffer(mapper.graphOf(page));
        try {
            mapper.map(page, file.getFileName().toString(), buffer);
        } catch (IllegalArgumentException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), page.nummer(), null, e.getMessage()));
            return;
        }
        buffer.flushTo(out);
        ctx.report().recordMapped();
    }

    private static String readUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }
}
