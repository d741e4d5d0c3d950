package nl.kamergraaf.mapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a mapping run did: records mapped, triples written, and every record it had to skip, with why. */
public final class MappingReport {
    private static final Logger LOG = LoggerFactory.getLogger(MappingReport.class);

    private final List<MappingProblem> problems = new ArrayList<>();
    private long filesRead;
    private long recordsMapped;
    private long quadsWritten;

    public void fileRead() {
        filesRead++;
    }

    public void recordMapped(int quads) {
        recordsMapped++;
        quadsWritten += quads;
    }

    public void skipped(MappingProblem problem) {
        LOG.error("Skipped: {}", problem);
        problems.add(problem);
    }

    public List<MappingProblem> problems() {
        return Collections.unmodifiableList(problems);
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

    public long quadsWritten() {
        return quadsWritten;
    }

    public String summary() {
        return String.format("%d file(s) read, %d record(s) mapped, %d quad(s) written, %d record(s) skipped",
                filesRead, recordsMapped, quadsWritten, problems.size());
    }
}
