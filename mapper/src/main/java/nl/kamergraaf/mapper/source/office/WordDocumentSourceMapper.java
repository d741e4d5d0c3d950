package nl.kamergraaf.mapper.source.office;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.poi.poifs.filesystem.FileMagic;

import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.spi.SourceMapper;
import nl.kamergraaf.mapper.body.DocumentBody;
import nl.kamergraaf.mapper.body.DocumentBodyWriter;
import nl.kamergraaf.mapper.body.FileNames;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * Word files of Tweede Kamer documents (.docx and legacy .doc, the Document resources of the API, named by their
 * Document id). One file is one record: its text becomes kg:tekst of the document when the id is known from the
 * OData prepare pass, and of the kamerstuk its heading names. The file's first bytes, not its extension, decide how
 * it is read; every file is opened under {@link OfficeLimits}, and one that breaks them is reported and skipped.
 */
public final class WordDocumentSourceMapper implements SourceMapper {
    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String DOC_TYPE = "application/msword";
    private static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";

    private final OfficeLimits limits;

    public WordDocumentSourceMapper() {
        this(OfficeLimits.defaults());
    }

    public WordDocumentSourceMapper(OfficeLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "Word document (.docx/.doc)";
    }

    @Override
    public boolean recognises(Path file, String head) {
        String ext = FileNames.extension(file);
        return ext.equals("docx") || ext.equals("doc");
    }

    @Override
    public void map(Path file, MappingContext ctx, StreamRDF out) {
        String record = FileNames.stem(file);
        WordText text;
        boolean docx;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new OfficeFileException("file is " + size + " bytes, more than the limit of " + limits.maxFileBytes());
            }
            FileMagic magic = magic(file);
            docx = magic == FileMagic.OOXML;
            if (magic == FileMagic.OOXML) text = new DocxTextReader(limits).read(file);
            else if (magic == FileMagic.OLE2) text = new DocTextReader(limits).read(file);
            else throw new OfficeFileException("not a Word file: it starts with neither the ZIP (.docx) nor the OLE2 (.doc) "
                    + "signature" + (magic == FileMagic.UNKNOWN ? "" : " but looks like " + magic));
        } catch (IOException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), record, null, "cannot read: " + e.getMessage()));
            return;
        } catch (OfficeFileException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), record, null, e.getMessage()));
            return;
        }
        RecordBuffer buffer = new RecordBuffer(ctx.uris().recordGraph("documentbestand", record));
        try {
            write(KamerstukHeading.parse(text), file, docx, ctx, buffer);
        } catch (IllegalArgumentException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), record, null, e.getMessage()));
            return;
        }
        buffer.flushTo(out);
        ctx.report().recordMapped();
    }

    private static FileMagic magic(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        }
    }

    private static void write(DocumentBody body, Path file, boolean docx, MappingContext ctx, RecordBuffer out) {
        String fileName = file.getFileName().toString();
        out.type(out.graph(), KG.Bronrecord);
        out.string(out.graph(), DCTerms.source.asNode(), fileName);

        Optional<String> guid = FileNames.guid(file);
        String ext = docx ? "docx" : "doc";
        // A GUID-named file keeps its id as key; any other name is made into a readable slug.
        String key = guid.map(g -> g + "." + ext).orElseGet(() -> UriMinter.slug(FileNames.stem(file)) + "." + ext);
        Node bestand = ctx.uris().documentbestand(key);
        out.type(bestand, KG.Documentbestand);
        out.literal(bestand, RDFS.label.asNode(), "Documentbestand " + key, "nl");
        out.add(bestand, KG.bestandsformaat, UriMinter.checked(FILE_TYPES + (docx ? "DOCX" : "DOC")));
        out.string(bestand, KG.mediatype, docx ? DOCX_TYPE : DOC_TYPE);
        guid.ifPresent(g -> out.string(bestand, DCTerms.identifier.asNode(), g));

        Optional<DocumentBodyWriter.KnownDocument> doc = guid.flatMap(g -> ctx.documents().documentNummer(g))
                .map(n -> new DocumentBodyWriter.KnownDocument(ctx.uris().document(n), n));
        if (doc.isEmpty() && body.kamerstuk().isEmpty()) {
            throw new IllegalArgumentException("cannot tell which document this is: the id in the file name is not a "
                    + "known Document id and the text has no kamerstuk heading (e.g. '36 600 XIII Nr. 29')");
        }
        new DocumentBodyWriter(ctx).write(body, bestand, doc, out);
    }
}
