package nl.kamergraaf.mapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a mapping run did: the source records mapped (each once, nested ones included), the graphs derived from them
 * (vote events), the quads written as counted where they leave the mapper, every record it had to skip with why, and
 * warnings about data it kept but could not fully place (a value outside its enumeration's list).
 */
public final class MappingReport {
    private static final Logger LOG = LoggerFactory.getLogger(MappingReport.class);

    private final List<MappingProblem> problems = new ArrayList<>();
    private final List<MappingProblem> warnings = new ArrayList<>();
    private final Set<String> warned = new LinkedHashSet<>();
    private long filesRead;
    private long recordsMapped;
    private long derivedGraphs;
    private long quadsWritten;

    public void fileRead() {
        filesRead++;
    }

    /** One source record mapped to its graph, counted once however often the input repeats it. */
    public void recordMapped() {
        recordsMapped++;
    }

    /** One graph derived from several records, such as the counts of a vote event. */
    public void derivedGraphWritten() {
        derivedGraphs++;
    }

    /** The quads the run wrote, counted on the stream that leaves the mapper (what a file or a store receives). */
    public void quadsWritten(long quads) {
        this.quadsWritten = quads;
    }

    public void skipped(MappingProblem problem) {
        LOG.error("Skipped: {}", problem);
        problems.add(problem);
    }

    /**
     * Data that was mapped but deserves a look; reported once per {@code key} (e.g. one unknown value per file), so a
     * value used by ten thousand records gives one line, not ten thousand.
     */
    public void warn(String key, MappingProblem warning) {
        if (!warned.add(key)) return;
        LOG.warn("{}", warning);
        warnings.add(warning);
    }

    public List<MappingProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public List<MappingProblem> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public long filesRead() {
        return filesRead;
    }

    public long recordsMapped() {
        return recordsMapped;
    }

    public long derivedGraphs() {
        return derivedGraphs;
    }

    public long quadsWritten() {
        return quadsWritten;
    }

    public String summary() {
        return String.format("%d file(s) read, %d record(s) mapped, %d vote event(s) derived, %d quad(s) written, %d record(s) skipped%s",
                filesRead, recordsMapped, derivedGraphs, quadsWritten, problems.size(),
                warnings.isEmpty() ? "" : ", " + warnings.size() + " warning(s)");
    }
}
