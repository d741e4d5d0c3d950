package nl.kamergraaf.store.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.source.odata.ODataJsonReader;

/**
 * The OData API's changes of one entity type: {@code {api}/OData/v4/2.0/Zaak?$filter=ApiGewijzigdOp ge T&$orderby=
 * ApiGewijzigdOp}, following {@code @odata.nextLink} page by page. The saved position is the latest ApiGewijzigdOp of
 * the applied pages. The filter is {@code ge}, not {@code gt}: records sharing the last timestamp may sit on both
 * sides of a page break, and fetching the few at that exact time again is harmless (applying a record twice changes
 * nothing), while {@code gt} could lose them.
 */
public final class ODataDeltaSource extends ApiCategoryFeed {
    private final ODataJsonReader reader = new ODataJsonReader();

    public ODataDeltaSource(ApiBase api, String entityType, PoliteHttpClient http) {
        super("odata", api, entityType, http);
    }

    URI firstPage(Optional<String> since) {
        String query = since.map(t -> "$filter=" + ApiBase.encode("ApiGewijzigdOp ge " + t) + "&").orElse("")
                + "$orderby=ApiGewijzigdOp";
        return api.resolve("OData/v4/2.0/" + ApiBase.encode(category()), query);
    }

    @Override
    public Pages open(Optional<String> position) {
        return new Pages() {
            URI nextUri = firstPage(position);
            Optional<String> latest = position;

            @Override
            public Optional<ChangePage> next() throws IOException {
                if (nextUri == null) return Optional.empty();
                URI uri = nextUri;
                byte[] body = http.get(uri, "application/json");
                List<SourceRecord> records = new ArrayList<>();
                List<MappingProblem> problems = new ArrayList<>();
                ODataJsonReader.PageInfo info = reader.read(new ByteArrayInputStream(body), new ODataJsonReader.Handler() {
                    @Override
                    public void record(ObjectNode record, long position, String context) {
                        if (!record.hasNonNull("Id")) {
                            problems.add(new MappingProblem(uri.toString(), "#" + position, "Id", "a record without an Id"));
                            return;
                        }
                        records.add(new SourceRecord(category(), record, SourceRecord.entityUrl(api, category(), record.get("Id").asText())));
                        latest = later(latest, record.path("ApiGewijzigdOp"));
                    }

                    @Override
                    public void notARecord(long position, String reason) {
                        problems.add(new MappingProblem(uri.toString(), "#" + position, null, reason));
                    }
                });
                nextUri = null;
                if (info.nextLink().isPresent()) {
                    URI link = uri.resolve(info.nextLink().get());
                    if (!api.owns(link)) {
                        throw new IOException(uri + ": refusing to follow @odata.nextLink to another site: " + link);
                    }
                    nextUri = link;
                }
                return Optional.of(new ChangePage(uri.toString(), records, problems, latest));
            }
        };
    }

    private static Optional<String> later(Optional<String> current, JsonNode candidate) {
        if (!candidate.isTextual()) return current;
        try {
            OffsetDateTime c = OffsetDateTime.parse(candidate.asText());
            if (current.isEmpty() || c.isAfter(OffsetDateTime.parse(current.get()))) return Optional.of(candidate.asText());
        } catch (DateTimeParseException e) {
            // not a timestamp: it cannot move the position
        }
        return current;
    }
}
