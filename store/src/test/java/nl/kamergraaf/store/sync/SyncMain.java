package nl.kamergraaf.store.sync;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;

import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;

/** A sync in a process of its own, for tests that kill it: {@code SyncMain <store> <api>}. */
public final class SyncMain {
    private SyncMain() {}

    public static void main(String[] args) throws Exception {
        StoreDirectory store = new StoreDirectory(Path.of(args[0]));
        Path build = store.current().orElseThrow();
        DatasetGraph dsg = KamergraafDataset.open(build);
        PoliteHttpClient http = new PoliteHttpClient(new RetryPolicy(1, java.time.Duration.ZERO, java.time.Duration.ZERO,
                java.time.Duration.ofSeconds(120)));
        java.util.List<ChangeFeed> feeds = new java.util.ArrayList<>();
        for (String e : SyncFixture.ENTITIES) feeds.add(new SyncFeedSource(ApiBase.of(args[1]), e, http));
        SyncReport report = new StoreSync(dsg, build, RecordGraphMappers.forStore(new UriMinter(SyncFixture.BASE), dsg)).run(feeds);
        System.out.println(report.summary());
    }
}
