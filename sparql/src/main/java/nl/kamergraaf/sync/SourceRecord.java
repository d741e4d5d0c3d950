package nl.kamergraaf.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One changed or deleted record as the source gave it, in the OData JSON shape. */
public record SourceRecord(String entityType, ObjectNode record) {
    public String id() {
        return record.path("Id").asText(null);
    }
}
