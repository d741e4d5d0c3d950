package nl.kamergraaf.store.sync;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

import nl.kamergraaf.mapper.source.odata.ODataJsonReader;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/**
 * Not a test: measures sync against the bulk load of the same records, as ratios in one process.
 * Make the feed with {@code python3 store/src/test/resources/sync/make-fixtures.py --bench /tmp/sync-bench} (run in
 * a scratch folder), then run this class with the test classpath and argument {@code /tmp/sync-bench}.
 */
public final class SyncThroughputBench {
    private static final Pattern QUERY = Pattern.compile("category=(\\w+)(?:&skiptoken=(\\d+))?");

    public static void main(String[] args) throws Exception {
        Path feed = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            Matcher m = QUERY.matcher(ex.getRequestURI().getRawQuery());
            Path page = m.find() ? feed.resolve("syncfeed/" + m.group(1) + "-" + (m.group(2) == null ? "start" : m.group(2)) + ".xml") : null;
            byte[] body = page != null && Files.isRegularFile(page) ? Files.readAllBytes(page) : new byte[0];
            ex.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String api = "http://127.0.0.1:" + server.getAddress().getPort();
        UriMinter uris = new UriMinter("http://localhost:3030");
        List<String> entities = List.of("Zaak", "Document", "Stemming");

        // the full map of the same records, as 'kamergraaf load' makes it
        List<Quad> fullMap = new ArrayList<>();
        var mapping = nl.kamergraaf.mapper.KamergraafMapper.create().source(feed.resolve("final")).build()
                .map(new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        fullMap.add(q);
                    }
                });
        long records = mapping.recordsMapped();
        System.out.printf("full map: %d record graph(s) (vote events included), %d quads (ontology graph included)%n", records, fullMap.size());
        for (int round = 0; round <= rounds; round++) {
            Path dir = Files.createTempDirectory("sync-bench");
            long t0 = System.nanoTime();
            new StoreLoader(new StoreDirectory(dir.resolve("load"))).load(out -> fullMap.forEach(out::quad));
            long load = System.nanoTime() - t0;

            StoreDirectory store = new StoreDirectory(dir.resolve("sync"));
            new StoreLoader(store).load(out -> { });
            Path build = store.current().orElseThrow();
            DatasetGraph dsg = KamergraafDataset.open(build);
            PoliteHttpClient http = new PoliteHttpClient(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30)));
            List<ChangeFeed> feeds = new ArrayList<>();
            entities.forEach(e -> feeds.add(new SyncFeedSource(ApiBase.of(api), e, http)));
            t0 = System.nanoTime();
            SyncReport first = new StoreSync(dsg, build, RecordGraphMappers.forStore(uris, dsg)).run(feeds);
            long sync = System.nanoTime() - t0;

            Files.delete(build.resolve("sync/position.json")); // fetch and compare everything again: nothing changed
            List<ChangeFeed> again = new ArrayList<>();
            entities.forEach(e -> again.add(new SyncFeedSource(ApiBase.of(api), e, http)));
            t0 = System.nanoTime();
            SyncReport second = new StoreSync(dsg, build, RecordGraphMappers.forStore(uris, dsg)).run(again);
            long resync = System.nanoTime() - t0;
            TDBInternal.expel(dsg);
            if (round == 0) continue; // warm-up
            System.out.printf("round %d: bulk load %d ms; sync %d ms (%s); unchanged re-sync %d ms (%s); sync/load %.2f, re-sync/load %.2f, sync %.0f records/s%n",
                    round, load / 1_000_000, sync / 1_000_000, first.summary(), resync / 1_000_000, second.summary(),
                    (double) sync / load, (double) resync / load, (first.changed() + first.deleted()) / (sync / 1e9));
        }
        server.stop(0);
    }
}
