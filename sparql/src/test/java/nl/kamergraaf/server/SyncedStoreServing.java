package nl.kamergraaf.server;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.store.sync.ReplayApi;
import nl.kamergraaf.store.sync.SyncFixture;

/**
 * What the tests of the feeds a sync fills have in common: a fresh {@link SyncFixture} (a real TDB2 store and the
 * replaying API) for each test, a real server on a free port over it with the extension under test, GETs of the
 * server's paths, and their XML bodies parsed with DOCTYPEs refused. The server and the fixture are closed after
 * each test.
 */
public abstract class SyncedStoreServing {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    protected Path dir;
    protected SyncFixture f;
    protected KamergraafServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void createSyncFixture() throws Exception {
        f = new SyncFixture(dir);
    }

    @AfterEach
    void closeServerAndFixture() {
        if (server != null) server.close();
        f.close();
    }

    /** Loads these zaken of data/tk-opendata/zaak (each with its expanded records) by a full map. */
    protected void loadZaken(String... zaken) throws Exception {
        Path loaded = Files.createDirectories(dir.resolve("loaded"));
        for (String zaak : zaken) {
            Files.copy(ProjectFiles.dataDir().resolve("tk-opendata/zaak/" + zaak + ".json"), loaded.resolve(zaak + ".json"));
        }
        f.loadFullMap(loaded);
    }

    /** A zaak of data/tk-opendata/zaak as the OData API gives it without $expand: its own fields only. */
    protected static ObjectNode flatZaak(String zaak) throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(ProjectFiles.dataDir().resolve("tk-opendata/zaak/" + zaak + ".json").toFile());
        List<String> nested = new ArrayList<>();
        r.fields().forEachRemaining(e -> {
            if (e.getValue().isContainerNode() || e.getKey().startsWith("@")) nested.add(e.getKey());
        });
        r.remove(nested);
        return r;
    }

    /** A record of the replaying API's history (sync/history.json) by its entity and the start of its Id. */
    protected static ObjectNode fromHistory(String entity, String idPrefix) throws Exception {
        for (JsonNode page : JSON.readTree(ReplayApi.resource("sync/history.json")).get(entity)) {
            for (JsonNode r : page) if (r.get("Id").asText().startsWith(idPrefix)) return (ObjectNode) r.deepCopy();
        }
        throw new IllegalStateException("no " + entity + " " + idPrefix + " in sync/history.json");
    }

    /** Serves the dataset (the fixture's store, or a view of it) with the one extension under test. */
    protected void serve(DatasetGraph dataset, ServerExtension extension) {
        server = KamergraafServer.create().dataset(dataset).port(0).storeRoot(f.store.root())
                .extensions(List.of(extension)).build().start();
    }

    /** A GET of a path of the server, with header name/value pairs, its body as bytes. */
    protected HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** An XML answer as a namespace-aware DOM; a DOCTYPE is refused, as a feed reader should. */
    protected static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
