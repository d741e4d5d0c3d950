package nl.kamergraaf.mapper.source.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.spi.BadInput;
import nl.kamergraaf.mapper.spi.FormatSamples.Format;
import nl.kamergraaf.mapper.spi.LargeInput;
import nl.kamergraaf.mapper.spi.SourceMapper;
import nl.kamergraaf.mapper.spi.SourceMapperContract;

/**
 * The source-mapper contract for mirror pages (.txt), and the bad input only pages have (an empty file, a date that is
 * no date). One page is one record: a bad page is reported with its file, record ("page") and reason and skipped, while
 * the real seed page beside it is still mapped. A page is plain text, so a cut is seen only where it leaves the file
 * unreadable (inside a character) or without its header; a page cut inside its letter maps as the shorter page it is.
 */
class MirrorPageContractTest extends SourceMapperContract {
    private static final String GOOD_NUMMER = "2024D50227";

    @Override
    protected SourceMapper format() {
        return new MirrorPageSourceMapper();
    }

    @Override
    protected Format samples() {
        return Format.MIRROR_PAGE;
    }

    @Override
    protected List<String> mappedGoodRecords(MappingRun run) {
        return run.column("SELECT DISTINCT ?n WHERE { ?d a kg:Document ; kg:documentnummer ?n } ORDER BY ?n", "n");
    }

    @Override
    protected BadInput malformedRecordBesideGoodOnes(Path in) throws IOException {
        return besideGood(in, "no-nummer.txt", seed().replace("Nummer: 2024D50227, ", ""), "page",
                "\\Qthe page header has no 'Nummer:' field\\E");
    }

    @Override
    protected BadInput fileCutOff(Path in) throws IOException {
        // The subject line's first quotation mark is three bytes in UTF-8: the cut leaves the first of them.
        byte[] whole = Files.readAllBytes(ProjectFiles.seedPage());
        int quote = new String(whole, StandardCharsets.ISO_8859_1).indexOf(new String("‘".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        Path bad = Files.write(in.resolve("cut.txt"), Arrays.copyOf(whole, quote + 1));
        Files.copy(ProjectFiles.seedPage(), in.resolve(GOOD_NUMMER + ".txt"));
        return BadInput.reported(bad, null, "cannot read: not UTF-8 text", List.of(GOOD_NUMMER));
    }

    @Override
    protected LargeInput largeInput() {
        return new LargeInput(GeneratedMirrorPages.class, 6_000, 32, 10);
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        Path in = in();
        mapExpecting(besideGood(in, "empty.txt", "  \n", "page", "empty file: no page header to read"), in);
    }

    @Test
    void aDateThatIsNoDateIsReportedWithItsFieldAndValue() throws IOException {
        Path in = in();
        String page = seed().replace("2024D50227", "2024D99999").replace("datum: 2024-12-16", "datum: 2024-13-45");
        MappingProblem p = mapExpecting(besideGood(in, "bad-date.txt", page, "page", "\\Q'2024-13-45' is not a date like 2024-12-16\\E"), in);
        assertEquals("datum", p.field());
    }

    private static BadInput besideGood(Path in, String name, String content, String record, String reasonPattern) throws IOException {
        Files.copy(ProjectFiles.seedPage(), in.resolve(GOOD_NUMMER + ".txt"));
        Path bad = Files.writeString(in.resolve(name), content, StandardCharsets.UTF_8);
        return BadInput.reported(bad, record, reasonPattern, List.of(GOOD_NUMMER));
    }

    private static String seed() throws IOException {
        return Files.readString(ProjectFiles.seedPage());
    }
}
