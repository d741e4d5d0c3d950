package nl.kamergraaf.mapper.source.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.spi.BadInput;
import nl.kamergraaf.mapper.spi.FormatSamples.Format;
import nl.kamergraaf.mapper.spi.LargeInput;
import nl.kamergraaf.mapper.spi.SourceMapperContract;

/**
 * The source-mapper contract for Word files (.docx, legacy .doc), and the bad input only they have: RTF saved as .doc,
 * a zip bomb, a file over the size limit, text over the character cap, a file of an unknown document without a
 * kamerstuk heading. One file is one record: each bad file is reported with its file, record (the file's stem) and
 * reason and skipped, while a real .docx in the same run is still mapped.
 */
class WordDocumentContractTest extends SourceMapperContract {
    private static final String GOOD = "09b97518-8d7c-4a90-a090-28e45bc44920.docx";
    private static final String GOOD_KAMERSTUK = "36682-10";
    private static final String BAD_ID = "11111111-2222-3333-4444-555555555555";

    WordDocumentContractTest() {
        super(WordDocumentSourceMapper::new, Format.WORD, KAMERSTUKKEN_WITH_TEXT, new LargeInput(CopiedWordFiles.class, 1_800, 32, 10));
    }

    @Override
    protected BadInput malformedRecordBesideGoodOnes(Path in) throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        return besideGood(Files.write(in.resolve(BAD_ID + ".docx"), noise), "not a Word file.*");
    }

    @Override
    protected BadInput fileCutOff(Path in) throws IOException {
        byte[] whole = Files.readAllBytes(real(GOOD));
        return besideGood(Files.write(in.resolve(BAD_ID + ".docx"), Arrays.copyOf(whole, whole.length / 2)), "not a readable \\.docx.*");
    }

    @Test
    void anRtfFileSavedAsDocIsReportedAsWhatItIs() throws IOException {
        Path in = in();
        Path bad = Files.writeString(in.resolve(BAD_ID + ".doc"), "{\\rtf1\\ansi De Kamer, gehoord de beraadslaging}");
        mapExpecting(besideGood(bad, "not a Word file.*looks like RTF"), in);
    }

    @Test
    void aDocCutOffHalfwayIsReported() throws IOException {
        Path in = in();
        byte[] whole = Files.readAllBytes(real("ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc"));
        Path bad = Files.write(in.resolve(BAD_ID + ".doc"), Arrays.copyOf(whole, whole.length / 2));
        mapExpecting(besideGood(bad, "not a readable \\.doc.*"), in);
    }

    @Test
    void aZipBombIsRefusedByTheInflateRatioLimit() throws IOException {
        // A real .docx whose main part is swapped for 20 MB of white space: it compresses about a thousandfold, far
        // below the minimum inflate ratio of 1%, and must be refused before it is inflated.
        Path in = in();
        Path bomb = in.resolve(BAD_ID + ".docx");
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(real(GOOD)));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals("word/document.xml")) {
                    zin.transferTo(out);
                    continue;
                }
                out.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                        + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
                byte[] block = new byte[1 << 20];
                Arrays.fill(block, (byte) ' ');
                for (int i = 0; i < 20; i++) out.write(block);
                out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            }
        }
        mapExpecting(besideGood(bomb, ".*Zip bomb.*"), in);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path in = in();
        Path bad = Files.copy(real("0787ced2-629a-4d32-ab8f-4b97a7680248.docx"), in.resolve(BAD_ID + ".docx"));
        Files.write(bad, new byte[2000], StandardOpenOption.APPEND);
        long limit = Files.size(real(GOOD)) + 1000;
        check(besideGood(bad, ".*more than the limit of " + limit + ".*"),
                map(new WordDocumentSourceMapper(OfficeLimits.defaults().withMaxFileBytes(limit)), in));
    }

    @Test
    void textOverTheCharacterCapIsRefused() throws IOException {
        Path in = in();
        String[] paragraphs = new String[51];
        paragraphs[0] = "36 600 XIII Nr. 99";
        Arrays.fill(paragraphs, 1, 51, "x".repeat(1000));
        Path bad = docx(in.resolve(BAD_ID + ".docx"), paragraphs);
        check(besideGood(bad, ".*limit of 20000 characters.*"),
                map(new WordDocumentSourceMapper(OfficeLimits.defaults().withMaxChars(20_000)), in));
    }

    @Test
    void aFileOfAnUnknownDocumentWithoutKamerstukHeadingIsReported() throws IOException {
        Path in = in();
        Path bad = docx(in.resolve(BAD_ID + ".docx"), "Geachte voorzitter, hierbij ontvangt u een brief zonder kop.");
        mapExpecting(besideGood(bad, "cannot tell which document.*"), in);
    }

    /** Copies a real .docx beside the bad file; the bad one is reported as its file's stem. */
    private static BadInput besideGood(Path bad, String reasonPattern) throws IOException {
        String name = bad.getFileName().toString();
        return besideRealFile(bad, real(GOOD), name.substring(0, name.lastIndexOf('.')), reasonPattern, GOOD_KAMERSTUK);
    }

    /** Writes a .docx of the paragraphs with POI. */
    private static Path docx(Path file, String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
            doc.write(out);
        }
        return file;
    }

    private static Path real(String name) {
        return ProjectFiles.tkOpenData("documentbestanden").resolve(name);
    }
}
