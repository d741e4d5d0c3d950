package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import nl.kamergraaf.TestData;

/** {@code kamergraaf validate}: mapped data conforms, a broken record is shown by focus node and path, exit codes say which. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theMappedBundledDataConforms() {
        int code = run("validate", "--map", TestData.dataDir().toString());
        assertEquals(ExitCodes.OK, code, out + "\n" + err);
        assertTrue(err.toString().contains("conforms"), err.toString());
    }

    @Test
    void mappedOutputWrittenByMapConformsToo() throws Exception {
        Path nq = tmp.resolve("kamergraaf.nq");
        assertEquals(ExitCodes.OK, run("map", TestData.dataDir().toString(), "-o", nq.toString()));
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
