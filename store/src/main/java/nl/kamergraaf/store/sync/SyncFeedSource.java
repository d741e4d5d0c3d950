package nl.kamergraaf.store.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kamergraaf.mapper.source.syncfeed.SyncFeedPage;
import nl.kamergraaf.mapper.source.syncfeed.SyncFeedReader;

/**
 * The Tweede Kamer SyncFeed of one category: {@code {api}/SyncFeed/2.0/Feed?category=Zaak&skiptoken=n}. The saved
 * position is the skiptoken; the URL of the next page is rebuilt from it and the configured API base rather than
 * taken from the page, so a page can never send the client elsewhere. The feed is done when a page has no entries,
 * no next link, or a next link that does not move on.
 */
public final class SyncFeedSource extends ApiCategoryFeed {
    private static final Pattern SKIPTOKEN = Pattern.compile("[?&]skiptoken=(\\d+)");

    private final SyncFeedReader reader = new SyncFeedReader();

    public SyncFeedSource(ApiBase api, String category, PoliteHttpClient http) {
        super("syncfeed", api, category, http);
    }

    URI pageUri(Optional<String> skiptoken) {
        return api.resolve("SyncFeed/2.0/Feed", "category=" + ApiBase.encode(category())
                + skiptoken.map(t -> "&skiptoken=" + t).orElse(""));
    }

    @Override
    public Pages open(Optional<String> position) {
        return new Pages() {
            Optional<String> token = position;
            boolean done;

            @Override
            public Optional<ChangePage> next() throws IOException {
                if (done) return Optional.empty();
                URI uri = pageUri(token);
                byte[] body = http.get(uri, "application/atom+xml, application/xml");
                SyncFeedPage page = reader.read(new ByteArrayInputStream(body), uri.toString());
                List<SourceRecord> records = new ArrayList<>();
                for (SyncFeedPage.Entry e : page.entries()) records.add(new SourceRecord(e.entityType(), e.record(), SourceRecord.entityUrl(api, e.entityType(), e.id())));
                Optional<String> after = page.position().flatMap(SyncFeedSource::skiptoken);
                if (page.entries().isEmpty() && page.problems().isEmpty() || after.isEmpty() || after.equals(token)) {
                    done = true;
                }
                if (after.isPresent()) token = after;
                return Optional.of(new ChangePage(uri.toString(), records, page.problems(), after));
            }
        };
    }

    static Optional<String> skiptoken(String nextLink) {
        Matcher m = SKIPTOKEN.matcher(nextLink);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
