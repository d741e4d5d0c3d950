package nl.kamergraaf.mapper.source.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;

/**
 * Corrupt, truncated, oversized and bomb-like Word files: each is reported with its file, record and reason and
 * skipped, while a real .docx in the same run is still mapped.
 */
class HostileWordFileTest {
    private static final String GOOD = "09b97518-8d7c-4a90-a090-28e45bc44920.docx";
    private static final String BAD_ID = "11111111-2222-3333-4444-555555555555";

    @TempDir
    Path dir;
    private Path source;

    @BeforeEach
    void copyAGoodFile() throws IOException {
        source = ProjectFiles.dataDir().resolve("tk-opendata/documentbestanden");
        Files.copy(source.resolve(GOOD), dir.resolve(GOOD));
    }

    private MappingProblem mapExpectingOneProblem(String badFile, OfficeLimits limits) throws IOException {
        MappingRun run = MappingRun.of(List.of(new WordDocumentSourceMapper(limits)), dir);
        assertEquals(1, run.report().problems().size(), run.report().problems().toString());
        assertTrue(run.ask("ASK { <http://localhost:3030/id/kamerstuk/36682-10> kg:tekst ?t }"),
                "the good file beside the bad one is still mapped");
        MappingProblem p = run.report().problems().get(0);
        assertTrue(p.file().endsWith(badFile), p.toString());
        assertEquals(badFile.substring(0, badFile.lastIndexOf('.')), p.record());
        return p;
    }

    private MappingProblem mapExpectingOneProblem(String badFile) throws IOException {
        return mapExpectingOneProblem(badFile, OfficeLimits.defaults());
    }

    @Test
    void bytesThatAreNoWordFileAreReported() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(dir.resolve(BAD_ID + ".docx"), noise);
        MappingProblem p = mapExpectingOneProblem(BAD_ID + ".docx");
        assertTrue(p.reason().startsWith("not a Word file"), p.toString());
    }

    @Test
    void anRtfFileSavedAsDocIsReportedAsWhatItIs() throws IOException {
        Files.writeString(dir.resolve(BAD_ID + ".doc"), "{\\rtf1\\ansi De Kamer, gehoord de beraadslaging}");
        MappingProblem p = mapExpectingOneProblem(BAD_ID + ".doc");
        assertTrue(p.reason().startsWith("not a Word file") && p.reason().endsWith("looks like RTF"), p.toString());
    }

    @Test
    void aDocxCutOffHalfwayIsReported() throws IOException {
        byte[] whole = Files.readAllBytes(source.resolve(GOOD));
        Files.write(dir.resolve(BAD_ID + ".docx"), Arrays.copyOf(whole, whole.length / 2));
        MappingProblem p = mapExpectingOneProblem(BAD_ID + ".docx");
        assertTrue(p.reason().startsWith("not a readable .docx"), p.toString());
    }

    @Test
    void aDocCutOffHalfwayIsReported() throws IOException {
        byte[] whole = Files.readAllBytes(source.resolve("ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc"));
        Files.write(dir.resolve(BAD_ID + ".doc"), Arrays.copyOf(whole, whole.length / 2));
        MappingProblem p = mapExpectingOneProblem(BAD_ID + ".doc");
        assertTrue(p.reason().startsWith("not a readable .doc"), p.toString());
    }

    @Test
    void aZipBombIsRefusedByTheInflateRatioLimit() throws IOException {
        // A real .docx whose main part is swapped for 20 MB of white space: it compresses about a thousandfold, far
        // below the minimum inflate ratio of 1%, and must be refused before it is inflated.
        Path bomb = dir.resolve(BAD_ID + ".docx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source.resolve(GOOD)));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals("word/document.xml")) {
                    in.transferTo(out);
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
        MappingProblem p = mapExpectingOneProblem(BAD_ID + ".docx");
        assertTrue(p.reason().contains("Zip bomb"), p.toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Files.copy(source.resolve("0787ced2-629a-4d32-ab8f-4b97a7680248.docx"), dir.resolve(BAD_ID + ".docx"));
        Files.write(dir.resolve(BAD_ID + ".docx"), new byte[2000], java.nio.file.StandardOpenOption.APPEND);
        long limit = Files.size(dir.resolve(GOOD)) + 1000;
        MappingProblem p = mapExpectingOneProblem(BAD_ID + ".docx", OfficeLimits.defaults().withMaxFileBytes(limit));
        assertTrue(p.reason().contains("more than the limit of " + limit), p.toString());
    }

    @Test
    void textOverTheCharacterCapIsRefused() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve(BAD_ID + ".docx"))) {
            doc.createParagraph().createRun().setText("36 600 XIII Nr. 99");
            for (int i = 0; i < 50; i++) doc.createParagraph().createRun().setText("x".repeat(1000));
            doc.write(out);
        }
        MappingProblem p = mapExpectingOneProblem(BAD_ID + ".docx", OfficeLimits.defaults().withMaxChars(20_000));
        assertTrue(p.reason().contains("limit of 20000 characters"), p.toString());
    }

    @Test
    void aFileOfAnUnknownDocumentWithoutKamerstukHeadingIsReported() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve(BAD_ID + ".docx"))) {
            doc.createParagraph().createRun().setText("Geachte voorzitter, hierbij ontvangt u een brief zonder kop.");
            doc.write(out);
        }
        MappingProblem p = mapExpectingOneProblem(BAD_ID + ".docx");
        assertTrue(p.reason().startsWith("cannot tell which document"), p.toString());
    }
}
