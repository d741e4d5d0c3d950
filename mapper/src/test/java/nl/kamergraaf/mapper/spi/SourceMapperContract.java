package nl.kamergraaf.mapper.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.spi.FormatSamples.Format;

/**
 * What every source format promises at the {@link SourceMapper} seam, run against each format by one subclass that
 * supplies the format's samples (real files from data/, cut or broken where a case needs it):
 * <ul>
 * <li>a malformed record is reported with its file, record and reason, and the good records beside it are mapped;</li>
 * <li>a file cut off (halfway, or inside a character) is reported, and the run goes on with what can be read;</li>
 * <li>the format claims its own real files and no file of another format;</li>
 * <li>what it makes of its real files is N-Quads that another parser (RDF4J Rio) reads to the same quads;</li>
 * <li>a generated input larger than the heap maps record by record within it, in a child JVM ({@code slow}).</li>
 * </ul>
 * Formats read as XML extend {@link XmlSourceMapperContract}, which adds the hostile-XML cases. A subclass also holds
 * the bad-input cases only its format has.
 */
public abstract class SourceMapperContract {
    /** The numbers of the zaken a run mapped: the good records of the OData and SyncFeed samples. */
    protected static final String ZAAKNUMMERS = "SELECT ?key WHERE { ?z a kg:Zaak ; kg:zaaknummer ?key } ORDER BY ?key";
    /** The numbers of the documents a run mapped: the good records of the mirror pages. */
    protected static final String DOCUMENTNUMMERS = "SELECT DISTINCT ?key WHERE { ?d a kg:Document ; kg:documentnummer ?key } ORDER BY ?key";
    /** The kamerstukken that have their text: the good records of the document-body formats. */
    protected static final String KAMERSTUKKEN_WITH_TEXT = "SELECT DISTINCT ?key WHERE { ?key a kg:Kamerstuk ; kg:tekst ?t } ORDER BY ?key";

    @TempDir
    protected Path tmp;

    private final Supplier<SourceMapper> format;
    private final Format samples;
    private final String goodRecordsQuery;
    private final LargeInput largeInput;

    /**
     * @param format the format under test, with its default limits
     * @param samples which of the {@link FormatSamples} are the format's own
     * @param goodRecordsQuery a SELECT of {@code ?key}: the keys (numbers; the last path segment of an IRI) of the
     *        good records a run mapped, as the bad-input cases name them
     * @param largeInput the generated input of the streaming-memory case
     */
    protected SourceMapperContract(Supplier<SourceMapper> format, Format samples, String goodRecordsQuery, LargeInput largeInput) {
        this.format = format;
        this.samples = samples;
        this.goodRecordsQuery = goodRecordsQuery;
        this.largeInput = largeInput;
    }

    protected SourceMapper format() {
        return format.get();
    }

    protected List<String> mappedGoodRecords(MappingRun run) {
        return run.column(goodRecordsQuery, "key").stream()
                .map(key -> key.startsWith("http") ? key.substring(key.lastIndexOf('/') + 1) : key).toList();
    }

    /** Writes into {@code in} a malformed record among good ones, or a malformed file beside a good one. */
    protected abstract BadInput malformedRecordBesideGoodOnes(Path in) throws IOException;

    /** Writes into {@code in} a file cut off where the format can tell, and what of it or beside it is still good. */
    protected abstract BadInput fileCutOff(Path in) throws IOException;

    /** The folder a case writes its input to; the temp folder beside it stays out of the run. */
    protected Path in() throws IOException {
        return Files.createDirectories(tmp.resolve("in"));
    }

    /** Maps {@code in} with the format under test alone. */
    protected MappingRun map(Path in) throws IOException {
        return map(format(), in);
    }

    protected MappingRun map(SourceMapper format, Path in) throws IOException {
        return MappingRun.of(List.of(format), in);
    }

    /** Maps {@code in} and checks the run against what the bad input must give; returns the problem reported. */
    protected MappingProblem mapExpecting(BadInput expected, Path in) throws IOException {
        return check(expected, map(in));
    }

    /**
     * For the formats whose file is one record: copies {@code realGood} beside {@code bad}; the bad file is to be
     * reported as {@code record}, the good one mapped to {@code goodKey}.
     */
    protected static BadInput besideRealFile(Path bad, Path realGood, String record, String reasonPattern, String goodKey)
            throws IOException {
        Files.copy(realGood, bad.resolveSibling(realGood.getFileName()));
        return BadInput.reported(bad, record, reasonPattern, List.of(goodKey));
    }

    /** Checks a run against what the bad input must give; returns the problem reported (null when none is expected). */
    protected MappingProblem check(BadInput expected, MappingRun run) {
        return expected.check(run, mappedGoodRecords(run));
    }

    @Test
    void aMalformedRecordIsReportedWithFileRecordAndReasonAndTheGoodRecordsBesideItAreMapped() throws IOException {
        Path in = in();
        mapExpecting(malformedRecordBesideGoodOnes(in), in);
    }

    @Test
    void aFileCutOffIsReportedAndTheRunGoesOnWithWhatCanBeRead() throws IOException {
        Path in = in();
        mapExpecting(fileCutOff(in), in);
    }

    @Test
    void itClaimsItsOwnRealFilesAndNoFileOfAnotherFormat() throws IOException {
        SourceMapper format = format();
        for (Map.Entry<Format, List<Path>> e : FormatSamples.all().entrySet()) {
            for (Path file : e.getValue()) {
                boolean claimed = format.recognises(file, FormatSamples.head(file));
                assertEquals(e.getKey() == samples, claimed, format.name() + " and " + e.getKey() + " sample " + file);
            }
        }
    }

    @Test
    void itsRealFilesMapWithoutProblemsToNQuadsThatRdf4jRioReadsToTheSameNumberOfQuads() throws IOException {
        Path in = in();
        for (Path file : FormatSamples.all().get(samples)) Files.copy(file, in.resolve(file.getFileName()));
        MappingRun run = map(in);
        assertEquals(List.of(), run.report().problems());
        assertTrue(run.report().recordsMapped() >= FormatSamples.all().get(samples).size(), run.report()::summary);
        assertEquals(run.dataset().stream().count(), run.parseWithRio());
    }

    @Test
    @Tag("slow")
    void aGeneratedInputLargerThanTheHeapMapsRecordByRecordWithinIt() throws Exception {
        LargeInput input = largeInput;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + input.heapMegabytes() + "m", "-cp", System.getProperty("java.class.path"),
                StreamingRun.class.getName(), input.generator().getName(), tmp.toString(), Integer.toString(input.records()))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the run ends");
        String output = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);

        Matcher m = Pattern.compile("records=(\\d+) problems=(\\d+) quads=(\\d+) millis=(\\d+) inputMB=(\\d+) maxHeapMB=(\\d+)")
                .matcher(output);
        assertTrue(m.find(), output);
        assertEquals(input.records(), Long.parseLong(m.group(1)), output);
        assertEquals(0, Long.parseLong(m.group(2)), output);
        assertTrue(Long.parseLong(m.group(3)) > (long) input.minQuadsPerRecord() * input.records(), output);
        assertTrue(Long.parseLong(m.group(6)) <= input.heapMegabytes(), output);
        assertTrue(Long.parseLong(m.group(5)) > Long.parseLong(m.group(6)), "the input is larger than the heap: " + output);
        assertFalse(output.contains("OutOfMemoryError"), output);
        System.out.println(format().name() + " with -Xmx" + input.heapMegabytes() + "m: " + m.group());
    }
}
