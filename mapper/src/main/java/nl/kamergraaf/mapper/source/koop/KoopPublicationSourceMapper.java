package nl.kamergraaf.mapper.source.koop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.spi.SourceMapper;
import nl.kamergraaf.mapper.body.DocumentBodyWriter;
import nl.kamergraaf.mapper.body.FileNames;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * KOOP {@code officiele-publicatie} XML files (the DocumentPublicatie resources of the Tweede Kamer API, named by
 * their DocumentPublicatie id). One file is one record: the publication, the kamerstuk it publishes, and the document
 * it belongs to when the prepare pass of the OData files knows the id. Recognised by its root element, not its name.
 */
public final class KoopPublicationSourceMapper implements SourceMapper {
    /** Generous for a kamerstuk (the real ones are a few kB); a larger file is refused unread. */
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final long DEFAULT_MAX_CHARS = 5_000_000;
    static final Node XML_FORMAT = UriMinter.checked("http://publications.europa.eu/resource/authority/file-type/XML");

    private final long maxFileBytes;
    private final KoopPublicationParser parser;

    public KoopPublicationSourceMapper() {
        this(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_CHARS);
    }

    public KoopPublicationSourceMapper(long maxFileBytes, long maxChars) {
        this.maxFileBytes = maxFileBytes;
        this.parser = new KoopPublicationParser(maxChars);
    }

    @Override
    public String name() {
        return "KOOP publication XML";
    }

    @Override
    public boolean recognises(Path file, String head) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")
                // the root element, or the DOCTYPE naming it (refused when read, but reported as this format's problem)
                && head.contains(KoopPublicationParser.ROOT);
    }

    @Override
    public void map(Path file, MappingContext ctx, StreamRDF out) {
        String record = FileNames.stem(file);
        KoopPublication publication;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                ctx.report().skipped(new MappingProblem(file.toString(), record, null,
                        "file is " + size + " bytes, more than the limit of " + maxFileBytes));
                return;
            }
            try (InputStream in = Files.newInputStream(file)) {
                publication = parser.parse(in);
            }
        } catch (IOException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), record, null, "cannot read: " + e.getMessage()));
            return;
        } catch (RecordFormatException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), record, e.field(), e.getMessage()));
            return;
        }
        RecordBuffer buffer = new RecordBuffer(ctx.uris().recordGraph("publicatie", record));
        try {
            write(publication, file, ctx, buffer);
        } catch (IllegalArgumentException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), publication.identifier(), null, e.getMessage()));
            return;
        }
        buffer.flushTo(out);
        ctx.report().recordMapped();
    }

    private static void write(KoopPublication p, Path file, MappingContext ctx, RecordBuffer out) {
        String fileName = file.getFileName().toString();
        out.type(out.graph(), KG.Bronrecord);
        out.string(out.graph(), DCTerms.source.asNode(), fileName);

        Node pub = ctx.uris().publicatie(p.fileName());
        out.type(pub, KG.Publicatie);
        out.literal(pub, RDFS.label.asNode(), "Publicatie " + p.fileName(), "nl");
        out.string(pub, KG.publicatiekenmerk, p.identifier());
        out.add(pub, KG.bestandsformaat, XML_FORMAT);
        out.string(pub, KG.mediatype, "application/xml");
        if (p.issued() != null) out.typed(pub, KG.publicatiedatum, p.issued().toString(), XSDDatatype.XSDdate);
        p.body().kamerstuk().ifPresent(k -> out.add(pub, RDFS.seeAlso.asNode(), UriMinter.officieleBekendmakingenPage(k.id())));
        Optional<String> guid = FileNames.guid(file);
        // The file is the DocumentPublicatie resource of the API: its id is the publication's identifier there.
        guid.ifPresent(g -> out.string(pub, DCTerms.identifier.asNode(), g));

        Optional<DocumentBodyWriter.KnownDocument> doc = guid.flatMap(g -> ctx.documents().documentNummer(g))
                .map(n -> new DocumentBodyWriter.KnownDocument(ctx.uris().document(n), n));
        new DocumentBodyWriter(ctx).write(p.body(), pub, doc, out);
        p.body().kamerstuk().ifPresent(k -> out.literal(ctx.uris().kamerstuk(k.id()), KG.onderwerp, p.documentTitel(), "nl"));
    }
}
