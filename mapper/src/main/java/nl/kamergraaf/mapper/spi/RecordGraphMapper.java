package nl.kamergraaf.mapper.spi;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.source.syncfeed.TkDataConverter;

/**
 * The seam between reading changes and storing them: turns one OData record (PascalCase property names,
 * {@code Xxx_Id} foreign keys, as the OData API or {@link TkDataConverter} gives it) of a known entity type into the
 * quads of that record's named graph, {@code {base}/graph/odata-<entity>/<guid>}, or into its tombstone when the
 * record says {@code Verwijderd: true}. The same record must always give the same graph: sync compares graphs to tell
 * a real change from a repeat.
 */
@FunctionalInterface
public interface RecordGraphMapper {
    /**
     * @param entityType the OData entity type, e.g. "Zaak"
     * @param record     the record
     * @param source     where it came from (a URL), for {@code dct:source} and for messages
     * @throws RecordFormatException when the record cannot be mapped; sync reports and skips it
     */
    RecordGraph map(String entityType, ObjectNode record, String source) throws RecordFormatException;

    /**
     * Told the records of a page before they are mapped one by one, so that a record can refer to another record of
     * the same page (and a record on the page outranks what the store held for it). Sync applies pages one at a
     * time, from one thread.
     */
    default void startPage(List<PageRecord> records) { }
}
