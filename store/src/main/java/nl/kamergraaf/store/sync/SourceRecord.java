package nl.kamergraaf.store.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One changed or deleted record as the source gave it, in the OData JSON shape, with its source: the record's own URL
 * at the OData API ({@code {api}/OData/v4/2.0/Zaak(<guid>)}), the same whichever feed brought it, so that the record's
 * graph does not depend on the page or feed it came through.
 */
public record SourceRecord(String entityType, ObjectNode record, String source) {
    public String id() {
        return record.path("Id").asText(null);
    }

    static String entityUrl(ApiBase api, String entityType, String id) {
        return api.resolve("OData/v4/2.0/" + ApiBase.encode(entityType) + "(" + ApiBase.encode(id) + ")", null).toString();
    }
}
