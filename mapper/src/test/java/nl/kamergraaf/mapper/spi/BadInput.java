package nl.kamergraaf.mapper.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingRun;

/**
 * What a bad input written by a format's contract test must give: the one problem it is reported as (the file, the
 * record as the format names it, and a pattern the whole reason matches), and the keys of the good records that are
 * still mapped, as the format's {@link SourceMapperContract#mappedGoodRecords} query reads them from the output.
 * {@link #clean} expects no problem at all: the hostile part was passed over and every record stands.
 */
public record BadInput(Path file, String record, String reasonPattern, List<String> goodRecordsMapped) {
    public BadInput {
        goodRecordsMapped = goodRecordsMapped.stream().sorted().toList();
    }

    public static BadInput reported(Path file, String record, String reasonPattern, List<String> goodRecordsMapped) {
        return new BadInput(file, record, reasonPattern, goodRecordsMapped);
    }

    public static BadInput clean(List<String> goodRecordsMapped) {
        return new BadInput(null, null, null, goodRecordsMapped);
    }

    /** Checks the run against this expectation and returns the one problem (null when none is expected). */
    MappingProblem check(MappingRun run, List<String> mapped) {
        List<MappingProblem> problems = run.report().problems();
        assertEquals(goodRecordsMapped, mapped.stream().sorted().toList(), "the good records beside the bad one are mapped");
        if (file == null) {
            assertEquals(List.of(), problems, "nothing to report");
            return null;
        }
        assertEquals(1, problems.size(), problems::toString);
        MappingProblem p = problems.get(0);
        assertEquals(file.toString(), p.file(), p::toString);
        assertEquals(record, p.record(), p::toString);
        assertTrue(Pattern.compile(reasonPattern, Pattern.DOTALL).matcher(p.reason()).matches(),
                () -> "reason '" + p.reason() + "' does not match " + reasonPattern);
        return p;
    }
}
