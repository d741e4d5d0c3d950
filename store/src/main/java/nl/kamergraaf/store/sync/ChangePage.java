package nl.kamergraaf.store.sync;

import java.util.List;
import java.util.Optional;

import nl.kamergraaf.mapper.MappingProblem;

/**
 * One fetched page of changes: its records in source order, the records that could not be read, and the position to
 * save once the page is applied (absent: the position does not move).
 */
public record ChangePage(String url, List<SourceRecord> records, List<MappingProblem> problems, Optional<String> positionAfter) {}
