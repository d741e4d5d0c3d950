package nl.kamergraaf.mapper.source.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.spi.BadInput;
import nl.kamergraaf.mapper.spi.FormatSamples.Format;
import nl.kamergraaf.mapper.spi.LargeInput;
import nl.kamergraaf.mapper.spi.SourceMapperContract;

/**
 * The source-mapper contract for mirror pages (.txt), and the bad input only pages have (an empty file, a date that is
 * no date). One page is one record: a bad page is reported with its file, record ("page") and reason and skipped, while
 * the real seed page beside it is still mapped. A page is plain text, so a cut is seen only where it leaves the file
 * unreadable (inside a character) or without its header; a page cut inside its letter maps as the shorter page it is.
 */
class MirrorPageContractTest extends SourceMapperContract {
    private static final String GOOD_NUMMER = "2024D50227";

    MirrorPageContractTest() {
        super(MirrorPageSourceMapper::new, Format.MIRROR_PAGE, DOCUMENTNUMMERS, new LargeInput(GeneratedMirrorPages.class, 6_000, 32, 10));
    }

    @Override
    protected BadInput malformedRecordBesideGoodOnes(Path in) throws IOException {
        return besideGood(in, "no-nummer.txt", seed().replace("Nummer: 2024D50227, ", ""), "page",
                "\\Qthe page header has no 'Nummer:' field\\E");
    }

    @Override
    protected BadInput fileCutOff(Path in) throws IOException {
        // The subject line's first quotation mark is three bytes in UTF-8: the cut leaves the first of them.
        String seed = seed();
        int quote = seed.substring(0, seed.indexOf('‘')).getBytes(StandardCharsets.UTF_8).length;
        Path bad = Files.write(in.resolve("cut.txt"), Arrays.copyOf(seed.getBytes(StandardCharsets.UTF_8), quote + 1));
        return besideRealFile(bad, ProjectFiles.seedPage(), null, "cannot read: not UTF-8 text", GOOD_NUMMER);
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
        MappingProblem p = mapExpecting(
                besideGood(in, "bad-date.txt", page, "page", "\\Q'2024-13-45' is not a date like 2024-12-16\\E"), in);
        assertEquals("datum", p.field());
    }

    private static BadInput besideGood(Path in, String name, String content, String record, String reasonPattern) throws IOException {
        Path bad = Files.writeString(in.resolve(name), content, StandardCharsets.UTF_8);
        return besideRealFile(bad, ProjectFiles.seedPage(), record, reasonPattern, GOOD_NUMMER);
    }

    private static String seed() throws IOException {
        return Files.readString(ProjectFiles.seedPage());
    }
}
