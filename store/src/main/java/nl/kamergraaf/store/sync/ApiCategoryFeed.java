package nl.kamergraaf.store.sync;

/**
 * A change feed of one entity category of the Tweede Kamer API, fetched through the polite client a run shares. Its
 * position is saved under {@code <feed name>/<category>}, so the SyncFeed and the OData feed of one category keep
 * positions of their own.
 */
abstract class ApiCategoryFeed implements ChangeFeed {
    final ApiBase api;
    final PoliteHttpClient http;
    private final String feedName;
    private final String category;

    ApiCategoryFeed(String feedName, ApiBase api, String category, PoliteHttpClient http) {
        this.feedName = feedName;
        this.api = api;
        this.category = category;
        this.http = http;
    }

    @Override
    public final String key() {
        return feedName + "/" + category;
    }

    @Override
    public final String category() {
        return category;
    }
}
