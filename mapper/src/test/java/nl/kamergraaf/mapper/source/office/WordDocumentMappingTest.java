package nl.kamergraaf.mapper.source.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.TestPersons;

/**
 * Maps the real Word files in data/ (two .docx motions, one legacy .doc motion) and checks with SPARQL what their
 * headings and text say, against what the test reads from the raw files itself.
 */
class WordDocumentMappingTest {
    private static Path files;
    private static MappingRun run;

    @BeforeAll
    static void map() throws IOException {
        Path data = ProjectFiles.dataDir();
        files = data.resolve("tk-opendata/documentbestanden");
        run = MappingRun.of(files, data.resolve("tk-opendata/persoon"));
    }

    @Test
    void everyWordFileIsMappedWithoutProblems() {
        assertEquals(List.of(), run.report().problems());
        assertEquals(2, run.column("SELECT ?f WHERE { ?f a kg:Documentbestand ; kg:bestandsformaat <http://publications.europa.eu/resource/authority/file-type/DOCX> }", "f").size());
        assertEquals(1, run.column("SELECT ?f WHERE { ?f a kg:Documentbestand ; kg:bestandsformaat <http://publications.europa.eu/resource/authority/file-type/DOC> }", "f").size());
    }

    @Test
    void theDocxHeadingNamesItsKamerstukAndTheTextIsTheBodyOfTheMotion() throws IOException {
        // The raw document.xml, tags removed, holds the request of the motion; the mapped text must hold it too.
        String raw = documentXmlText(files.resolve("09b97518-8d7c-4a90-a090-28e45bc44920.docx"));
        String phrase = "verzoekt de regering in aanloop naar de wijziging van de Europese regelgeving";
        assertTrue(raw.contains(phrase));
        List<String> texts = run.column("""
                SELECT ?t WHERE {
                  <http://localhost:3030/id/kamerstuk/36682-10> a kg:Motie ;
                      kg:titel "GEWIJZIGDE MOTIE VAN HET LID CLAASSEN"@nl ;
                      kg:datum "2025-04-22"^^xsd:date ;
                      kg:dossier <http://localhost:3030/id/dossier/36682> ;
                      kg:tekstbron <http://localhost:3030/id/bestand/09b97518-8d7c-4a90-a090-28e45bc44920.docx> ;
                      kg:tekst ?t .
                }""", "t");
        assertEquals(1, texts.size());
        assertTrue(texts.get(0).startsWith("De Kamer,"), "the heading is not running text: " + texts.get(0));
        assertTrue(texts.get(0).contains(phrase), texts.get(0));
        assertTrue(texts.get(0).endsWith("en gaat over tot de orde van de dag."), "the signature is not running text");
    }

    @Test
    void theDocxSignatoryIsTheSubmitterResolvedToTheirPerson() throws IOException {
        String claassen = TestPersons.idsBySurname("Claassen").get("Claassen");
        assertEquals(List.of("http://localhost:3030/id/persoon/" + claassen), run.column("""
                SELECT ?p WHERE { <http://localhost:3030/id/kamerstuk/36682-10> kg:indiener ?p }""", "p"));
    }

    @Test
    void theLegacyDocIsReadWithItsHeadingTextAndSignatureName() throws IOException {
        // Word 97 keeps text as UTF-16LE or as 8-bit cp1252 characters: the phrase is found in the raw bytes.
        byte[] raw = Files.readAllBytes(files.resolve("ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc"));
        String phrase = "verzoekt de Kamer af te zien van de voortzetting van verantwoordingsdag";
        String bytesAsLatin1 = new String(raw, StandardCharsets.ISO_8859_1);
        assertTrue(bytesAsLatin1.contains(new String(phrase.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1))
                || bytesAsLatin1.contains(new String(phrase.getBytes(Charset.forName("windows-1252")), StandardCharsets.ISO_8859_1)));
        String text = run.column("""
                SELECT ?t WHERE {
                  <http://localhost:3030/id/kamerstuk/31951-17> a kg:Motie ; kg:datum "2009-05-28"^^xsd:date ;
                      kg:titel "MOTIE VAN HET LID VERDONK"@nl ; kg:tekst ?t .
                  <http://localhost:3030/id/dossier/31951> kg:titel "Verantwoordingsbrief 2008"@nl .
                }""", "t").get(0);
        assertTrue(text.contains(phrase), text);
        // Verdonk left the Kamer before the persons in data/ were recorded: the name is kept, no person is linked.
        assertTrue(run.ask("ASK { <http://localhost:3030/id/kamerstuk/31951-17> kg:naamOndertekenaar \"Verdonk\" FILTER NOT EXISTS { <http://localhost:3030/id/kamerstuk/31951-17> kg:indiener ?p } }"));
    }

    @Test
    void aWordFileNamedByAKnownDocumentIdGivesItsTextToThatDocument(@TempDir Path dir) throws Exception {
        // The real zaak record names Document 2025D06779 with Id 3ccf529a-...; a Word file saved under that id is its body.
        Path zaak = Path.of(getClass().getResource("/odata/zaak-2025Z02986-met-documenten.json").toURI());
        Files.copy(files.resolve("0787ced2-629a-4d32-ab8f-4b97a7680248.docx"), dir.resolve("3ccf529a-1e25-49d3-81a8-c60621884b39.docx"));
        MappingRun linked = MappingRun.of(dir, zaak);
        assertTrue(linked.ask("""
                ASK {
                  <http://localhost:3030/id/document/2025D06779> kg:tekst ?t ;
                      kg:belichaamdIn <http://localhost:3030/id/bestand/3ccf529a-1e25-49d3-81a8-c60621884b39.docx> ;
                      kg:tekstbron <http://localhost:3030/id/bestand/3ccf529a-1e25-49d3-81a8-c60621884b39.docx> .
                  FILTER(CONTAINS(?t, "kwaliteitsindicatoren"))
                }"""));
    }

    @Test
    void theFileFormatIsReadFromTheBytesNotTheExtension(@TempDir Path dir) throws IOException {
        Files.copy(files.resolve("0787ced2-629a-4d32-ab8f-4b97a7680248.docx"), dir.resolve("0787ced2-629a-4d32-ab8f-4b97a7680248.doc"));
        MappingRun renamed = MappingRun.of(dir);
        assertEquals(List.of(), renamed.report().problems());
        assertTrue(renamed.ask("""
                ASK { <http://localhost:3030/id/kamerstuk/36278-32> kg:belichaamdIn ?f .
                      ?f kg:bestandsformaat <http://publications.europa.eu/resource/authority/file-type/DOCX> }"""));
    }

    @Test
    void theOutputParsesWithRdf4jRioToTheSameNumberOfQuads() throws IOException {
        assertEquals(run.dataset().stream().count(), run.parseWithRio());
    }

    static String documentXmlText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return xml.replaceAll("</w:p>", "\n").replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new IOException("no word/document.xml in " + docx);
    }
}
