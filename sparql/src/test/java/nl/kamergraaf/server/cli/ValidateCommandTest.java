package nl.kamergraaf.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import nl.kamergraaf.mapper.ProjectFiles;

/** {@code kamergraaf validate}: mapped data conforms, a broken record is shown by focus node and path, exit codes say which. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    // slow: maps all of data/ and validates it through the command line; in the quick loop the mapper's
    // MappedDataMatchesOntologyTest checks the same data against the same shapes and invariants.
    @Tag("slow")
    @Test
    void theMappedBundledDataConforms() {
        int code = run("validate", "--map", ProjectFiles.dataDir().toString());
        assertEquals(ExitCodes.OK, code, out + "\n" + err);
        assertTrue(err.toString().contains("conforms"), err.toString());
    }

    // slow: maps all of data/ to a file and validates that file (the quick loop validates small files below).
    @Tag("slow")
    @Test
    void mappedOutputWrittenByMapConformsToo() throws Exception {
        Path nq = tmp.resolve("kamergraaf.nq");
        assertEquals(ExitCodes.OK, run("map", ProjectFiles.dataDir().toString(), "-o", nq.toString()));
        assertEquals(ExitCodes.OK, run("validate", nq.toString()), out + "\n" + err);
    }

    @Test
    void violationsArePrintedWithFocusNodePathAndValueAndGiveExitCodeOne() throws Exception {
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, """
                @prefix kg: <https://w3id.org/kamergraaf/def#> .
                <http://localhost:3030/id/document/2024D50227> a kg:Document ; kg:documentnummer "2024D50227" ;
                    kg:datum "16 december 2024" .
                <http://localhost:3030/id/kamerstuk/33009-151> a kg:Kamerstuk . # no number, no label
                """);
        int code = run("validate", bad.toString());
        String report = out.toString();
        assertEquals(ValidateCommand.VIOLATIONS, code, report + err);
        assertTrue(report.contains("<http://localhost:3030/id/document/2024D50227> kg:datum = \"16 december 2024\""), report);
        assertTrue(report.contains("<http://localhost:3030/id/kamerstuk/33009-151> kg:kamerstuknummer"), report);
        assertTrue(err.toString().contains("3 violation(s)"), err.toString());
    }

    @Test
    void anUnreadableFileIsNamedWithItsReasonAndTheOthersAreStillValidated() throws Exception {
        Path broken = tmp.resolve("broken.ttl");
        Files.writeString(broken, "<http://example.org/a> <http://example.org/b> .");
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, """
                <http://localhost:3030/id/zaak/2024Z21275> a <https://w3id.org/kamergraaf/def#Zaak> ;
                    <https://w3id.org/kamergraaf/def#zaaknummer> "21275" .
                """);
        int code = run("validate", broken.toString(), bad.toString());
        assertEquals(ExitCodes.FAILED, code);
        assertTrue(err.toString().contains(broken + ": not valid RDF"), err.toString());
        assertTrue(out.toString().contains("<http://localhost:3030/id/zaak/2024Z21275> kg:zaaknummer = \"21275\""), out.toString());
    }

    @Test
    void aWarningIsPrintedButTheDataStillConforms() throws Exception {
        Path twice = tmp.resolve("twice.ttl");
        Files.writeString(twice, """
                @prefix kg: <https://w3id.org/kamergraaf/def#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <http://localhost:3030/graph/odata-persoon/0004fa63-2652-43fe-9866-4130ca4652d8> a kg:Bronrecord ;
                    dct:source "persoon_page_1.json" ;
                    dct:modified "2024-01-01T00:00:00Z"^^xsd:dateTime , "2025-01-01T00:00:00Z"^^xsd:dateTime .
                """);
        assertEquals(ExitCodes.OK, run("validate", twice.toString()), out + "\n" + err);
        assertTrue(out.toString().startsWith("Warning: <http://localhost:3030/graph/odata-persoon/"), out.toString());
        assertTrue(err.toString().contains("conforms, 1 warning(s)"), err.toString());
    }

    @Test
    void aPlantedOverCountAnUnknownConceptAndASecondLabelAreViolationsNamingTheirRecordAndFile() throws Exception {
        // A real besluit with its 20 fractie votes, mapped as `map` writes it, and a record planted beside it that
        // adds a 200-seat vote, calls "Stemmen" a member of the besluitsoort list (it is not on it) and gives the
        // besluit a second Dutch label.
        Path besluit = ProjectFiles.dataDir().resolve("tk-opendata/besluit/singular.besluit.json");
        Path nq = tmp.resolve("besluit.nq");
        assertEquals(ExitCodes.OK, run("map", besluit.toString(), "-o", nq.toString()), err.toString());
        String b = "<http://localhost:3030/id/besluit/6b15c18f-fdc5-4ea4-bee2-a556e94d7682>";
        String g = "<http://localhost:3030/graph/odata-stemming/00000000-0000-4000-8000-0000000000aa>";
        String planted = """
                %2$s <http://purl.org/dc/terms/source> "planted.json" %2$s .
                <http://localhost:3030/id/stemming/00000000-0000-4000-8000-0000000000aa> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kamergraaf/def#Stemming> %2$s .
                <http://localhost:3030/id/stemming/00000000-0000-4000-8000-0000000000aa> <https://w3id.org/kamergraaf/def#besluit> %1$s %2$s .
                <http://localhost:3030/id/stemming/00000000-0000-4000-8000-0000000000aa> <http://www.w3.org/ns/opengov#weight> "200"^^<http://www.w3.org/2001/XMLSchema#integer> %2$s .
                %1$s <https://w3id.org/kamergraaf/def#soort> <https://w3id.org/kamergraaf/def/besluitsoort/stemmen> %2$s .
                <https://w3id.org/kamergraaf/def/besluitsoort/stemmen> <http://www.w3.org/2004/02/skos/core#inScheme> <https://w3id.org/kamergraaf/def/besluitsoort> %2$s .
                %1$s <http://www.w3.org/2000/01/rdf-schema#label> "Een tweede label"@nl %2$s .
                """.formatted(b, g);
        Files.writeString(nq, Files.readString(nq) + planted);

        int code = run("validate", nq.toString());
        String report = out.toString();
        assertEquals(ValidateCommand.VIOLATIONS, code, report + err);
        for (String invariant : new String[] {"vote-total-at-most-150", "concept-in-scheme", "one-label-per-language"}) {
            String line = report.lines().filter(l -> l.startsWith("Violation [" + invariant + "]")).findFirst().orElse(null);
            assertTrue(line != null, invariant + " not reported:\n" + report);
            assertTrue(line.contains("00000000-0000-4000-8000-0000000000aa") && line.contains("planted.json"),
                    "names the planted record and its file: " + line);
        }
        assertTrue(report.contains("weigh 350 seats"), "the 20 real fractie votes (150 seats) and the planted 200: " + report);
        assertTrue(report.contains("\"Een tweede label\""), report);
    }

    @Test
    void neitherFilesNorSourcesIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("validate"));
    }

    private int run(String... args) {
        CommandLine cli = KamergraafCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
