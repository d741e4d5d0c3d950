package nl.kamergraaf.server.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.server.KamergraafServer;

/** Before any dump, the server still describes the store it serves: catalog and VoID, without distributions. */
class LiveDescriptionTest {
    @TempDir
    static Path storeDir;

    static DatasetGraph store;
    static KamergraafServer server;

    @BeforeAll
    static void serveWithoutARelease() throws Exception {
        store = MappedStore.create(storeDir);
        server = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(store).port(0).storeRoot(storeDir).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) TDBInternal.expel(store);
    }

    private static Model fetch(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(m);
        return m;
    }

    @Test
    void theCatalogOfTheLiveStoreHasTheDatasetAndEndpointButNoDistributions() throws Exception {
        Model catalog = fetch(Publication.CATALOG_PATH);
        assertTrue(catalog.contains(null, RDF.type, DCAT.Dataset));
        assertTrue(catalog.contains(null, RDF.type, DCAT.DataService));
        assertFalse(catalog.contains(null, DCAT.distribution, (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(DcatApNlShapes.validate(catalog).conforms());
    }

    // slow: copies the whole store into memory to count it; ReleaseWriterTest's
    // theCatalogAndVoidFilesReadTheSameInJenaAndRio keeps the VoID covered in the quick loop.
    @Tag("slow")
    @Test
    void theVoidOfTheLiveStoreCountsItsTriples() throws Exception {
        Model v = fetch(Publication.VOID_PATH);
        org.apache.jena.rdf.model.Resource dataset = v.listSubjectsWithProperty(RDF.type, VOID.Dataset).next();
        long triples = dataset.getProperty(VOID.triples).getLong();
        long inStore = org.apache.jena.system.Txn.calculateRead(store, () -> MappedStore.unionGraph(store).size());
        assertEquals(inStore, triples);
    }

    @Test
    void noDumpIsServedBeforeTheFirstRelease() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/dumps/latest/kamergraaf.nt.gz")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("kamergraaf dump"), r.body());
    }
}
