package nl.kamergraaf.mapper.odata;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Streams the records of an OData JSON page, one at a time: a {@code {"value": [...]}} page (with its
 * {@code @odata.nextLink}), a bare array of records, or a single record object. Only one record is in memory at a
 * time, whatever the size of the page.
 */
public final class ODataJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** What the page said besides its records. */
    public record PageInfo(long records, Optional<String> nextLink) {}

    public PageInfo read(InputStream in, Consumer<JsonNode> perRecord) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new IOException("empty JSON document");
            if (first == JsonToken.START_ARRAY) {
                return new PageInfo(readArray(p, perRecord), Optional.empty());
            }
            if (first != JsonToken.START_OBJECT) throw new IOException("expected a JSON object or array, found " + first);
            long count = 0;
            String nextLink = null;
            boolean wrapper = false;
            JsonNode single = null;
            com.fasterxml.jackson.databind.node.ObjectNode plain = MAPPER.createObjectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("value".equals(name) && t == JsonToken.START_ARRAY) {
                    wrapper = true;
                    count += readArray(p, perRecord);
                } else if ("@odata.nextLink".equals(name)) {
                    nextLink = p.getValueAsString();
                } else {
                    plain.set(name, MAPPER.readTree(p));
                }
            }
            if (!wrapper) {
                single = plain;
                perRecord.accept(single);
                count = 1;
            }
            return new PageInfo(count, Optional.ofNullable(nextLink));
        }
    }

    private static long readArray(JsonParser p, Consumer<JsonNode> perRecord) throws IOException {
        long n = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            perRecord.accept(MAPPER.readTree(p));
            n++;
        }
        return n;
    }
}
