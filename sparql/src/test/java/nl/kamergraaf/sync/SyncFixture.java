package nl.kamergraaf.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.odata.ODataJsonReader;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/** A real TDB2 store in a temp folder, the replaying API, the stand-in mapper, and the "full map" to compare with. */
final class SyncFixture implements AutoCloseable {
    static final String BASE = "http://localhost:3030";
    static final List<String> ENTITIES = List.of("Zaak", "Document", "Stemming");

    final ReplayApi api;
    final StoreDirectory store;
    final StandInRecordGraphMapper mapper = new StandInRecordGraphMapper(new UriMinter(BASE));
    DatasetGraph dataset;
    Path build;

    SyncFixture(Path dir) throws IOException {
        api = new ReplayApi();
        store = new StoreDirectory(dir);
        new StoreLoader(store).load(out -> { });
        open();
    }

    void open() {
        build = store.current().orElseThrow();
        dataset = KamergraafDataset.open(build);
    }

    /** Closes the database as a process exit would, and opens it again. */
    void reopen() {
        TDBInternal.expel(dataset);
        open();
    }

    PoliteHttpClient http(int attempts) {
        return new PoliteHttpClient(new RetryPolicy(attempts, java.time.Duration.ofMillis(5), java.time.Duration.ofMillis(20),
                java.time.Duration.ofSeconds(10)));
    }

    List<ChangeFeed> syncFeeds(PoliteHttpClient http, List<String> entities) {
        List<ChangeFeed> feeds = new ArrayList<>();
        for (String e : entities) feeds.add(new SyncFeedSource(ApiBase.of(api.baseUrl()), e, http));
        return feeds;
    }

    List<ChangeFeed> odataFeeds(PoliteHttpClient http, List<String> entities) {
        List<ChangeFeed> feeds = new ArrayList<>();
        for (String e : entities) feeds.add(new ODataDeltaSource(ApiBase.of(api.baseUrl()), e, http));
        return feeds;
    }

    StoreSync sync() {
        return new StoreSync(dataset, build, mapper);
    }

    StoreSync sync(StoreSync.CommitObserver observer) {
        return new StoreSync(dataset, build, mapper, List.of(), observer);
    }

    /** Every quad of every named graph in the store. */
    Set<Quad> storeQuads() {
        return Txn.calculateRead(dataset, () -> {
            Set<Quad> quads = new HashSet<>();
            dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    /**
     * What a full map of the source's final state (the OData pages in sync/final/) gives once loaded into a TDB2 store
     * of its own: the quads as a store holds them (TDB2 returns some typed literals in canonical form).
     */
    Set<Quad> fullMapOfFinalState() throws IOException, RecordFormatException {
        if (fullMap == null) fullMap = loadFullMapOfFinalState();
        return fullMap;
    }

    private Set<Quad> fullMap;

    private Set<Quad> loadFullMapOfFinalState() throws IOException, RecordFormatException {
        Set<Quad> mapped = mapFinalState();
        Path other = Files.createTempDirectory(store.root().getParent(), "full-map");
        DatasetGraph dsg = KamergraafDataset.open(other);
        try {
            Txn.executeWrite(dsg, () -> mapped.forEach(dsg::add));
            return Txn.calculateRead(dsg, () -> {
                Set<Quad> quads = new HashSet<>();
                dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                return quads;
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private Set<Quad> mapFinalState() throws IOException, RecordFormatException {
        Set<Quad> quads = new HashSet<>();
        ApiBase base = ApiBase.of(api.baseUrl());
        for (String entity : ENTITIES) {
            List<ObjectNode> records = new ArrayList<>();
            new ODataJsonReader().read(new ByteArrayInputStream(ReplayApi.resource("sync/final/" + entity + ".json")),
                    r -> records.add((ObjectNode) r));
            for (ObjectNode r : records) {
                quads.addAll(mapper.map(entity, r, SourceRecord.entityUrl(base, entity, r.get("Id").asText())).quads());
            }
        }
        return quads;
    }

    @Override
    public void close() {
        api.close();
        if (dataset != null) TDBInternal.expel(dataset);
    }
}
