package nl.kamergraaf.mapper.source.odata;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Streams the records of an OData JSON page, one at a time: a {@code {"value": [...]}} page (with its
 * {@code @odata.context} and {@code @odata.nextLink}), a bare array of records, or a single record object. Only one
 * record (with its nested {@code $expand} results) is in memory at a time, whatever the size of the page.
 * <p>
 * Records are numbered from 1 in reading order. When the JSON breaks (malformed, or cut off halfway through a
 * record), the records before it have already been handed on and a {@link ReadException} says at which record the
 * reading stopped and why.
 */
public final class ODataJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** Receives the records of a page, and entries of the page that are not records. */
    public interface Handler {
        /** One record; {@code context} is the page's {@code @odata.context} if it came before the records. */
        void record(ObjectNode record, long position, String context);

        /** An entry of the records array that is not a JSON object. */
        void notARecord(long position, String reason);
    }

    /** What the page said besides its records. */
    public record PageInfo(long records, Optional<String> nextLink, Optional<String> context) {}

    /** The JSON broke at record {@code position}: the records before it were read. */
    public static final class ReadException extends IOException {
        private final long position;

        ReadException(long position, String message, Throwable cause) {
            super(message, cause);
            this.position = position;
        }

        /** The number of the record at which reading stopped (1 for the first). */
        public long position() {
            return position;
        }
    }

    /**
     * Reads a page whose entries must all be records, giving each to {@code perRecord}; an entry that is not a
     * record fails the read with its position, after the records before it were given.
     */
    public PageInfo read(InputStream in, java.util.function.Consumer<ObjectNode> perRecord) throws ReadException {
        long[] badAt = {0};
        String[] why = {null};
        PageInfo info = read(in, new Handler() {
            @Override
            public void record(ObjectNode record, long position, String context) {
                if (badAt[0] == 0) perRecord.accept(record);
            }

            @Override
            public void notARecord(long position, String reason) {
                if (badAt[0] == 0) {
                    badAt[0] = position;
                    why[0] = reason;
                }
            }
        });
        if (badAt[0] != 0) throw new ReadException(badAt[0], "entry " + badAt[0] + " is not a record: " + why[0], null);
        return info;
    }

    public PageInfo read(InputStream in, Handler handler) throws ReadException {
        long[] position = {0};
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new ReadException(1, "empty file: no JSON", null);
            if (first == JsonToken.START_ARRAY) {
                readArray(p, handler, null, position);
                return new PageInfo(position[0], Optional.empty(), Optional.empty());
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ReadException(1, "expected a JSON object or array, found " + first, null);
            }
            String nextLink = null;
            String context = null;
            boolean wrapper = false;
            ObjectNode plain = MAPPER.createObjectNode();
            position[0] = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("value".equals(name) && t == JsonToken.START_ARRAY) {
                    wrapper = true;
                    readArray(p, handler, context, position);
                } else if ("@odata.nextLink".equals(name)) {
                    nextLink = p.getValueAsString();
                } else if ("@odata.context".equals(name)) {
                    context = p.getValueAsString();
                    plain.put(name, context);
                } else {
                    position[0] = 1; // a single record is being read
                    plain.set(name, MAPPER.readTree(p));
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) throw cutOff(Math.max(1, position[0]), p.currentLocation(), null);
            if (!wrapper) {
                plain.remove("@odata.context");
                handler.record(plain, 1, context);
                position[0] = 1;
            }
            return new PageInfo(position[0], Optional.ofNullable(nextLink), Optional.ofNullable(context));
        } catch (ReadException e) {
            throw e;
        } catch (JsonEOFException e) {
            throw cutOff(Math.max(1, position[0]), e.getLocation(), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ReadException(Math.max(1, position[0]), "malformed JSON" + where(at) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReadException(Math.max(1, position[0]), "cannot read: " + e.getMessage(), e);
        }
    }

    private static void readArray(JsonParser p, Handler handler, String context, long[] position) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) throw cutOff(position[0] + 1, p.currentLocation(), null);
            position[0]++;
            if (t == JsonToken.START_OBJECT) {
                JsonNode record = MAPPER.readTree(p);
                handler.record((ObjectNode) record, position[0], context);
            } else {
                p.skipChildren();
                handler.notARecord(position[0], "not a record: found " + t + " where a JSON object was expected");
            }
        }
    }

    private static ReadException cutOff(long position, JsonLocation at, Throwable cause) {
        return new ReadException(position, "cut off: the file ends inside record " + position + where(at)
                + "; the records before it were read", cause);
    }

    private static String where(JsonLocation at) {
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
