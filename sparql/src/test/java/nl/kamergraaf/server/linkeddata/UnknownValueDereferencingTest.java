package nl.kamergraaf.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;
import nl.kamergraaf.vocab.KG;

/**
 * A value kept outside its enumeration's list ({@code "BesluitSoort": "Stemmen"}) is a thing of the data: its IRI
 * answers like every /id/ IRI, 303 to a description that says what the value is and which list it is not on.
 */
class UnknownValueDereferencingTest {
    private static final String BASE = "http://localhost:3030";
    private static final String VALUE_PATH = "/id/onbekende-waarde/besluitsoort/stemmen";

    @TempDir
    static Path dir;
    private static KamergraafServer server;
    private static DatasetGraph dataset;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void serveABesluitWithABareStemmenSoort() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode page = json.createArrayNode();
        for (JsonNode r : json.readTree(ProjectFiles.dataDir().resolve("tk-opendata/besluit/besluit_page_166_retry_20251003_081058.json").toFile())) {
            if ("60b305f5-727f-45a9-9aab-cea25ce9b532".equals(r.path("Id").asText())) page.add(((ObjectNode) r.deepCopy()).put("BesluitSoort", "Stemmen"));
        }
        Path in = Files.createDirectories(dir.resolve("in/besluit"));
        Files.writeString(in.resolve("page.json"), json.writeValueAsString(page));
        StoreDirectory store = new StoreDirectory(dir.resolve("store"));
        new StoreLoader(store).load(out -> KamergraafMapper.create().base(BASE).source(dir.resolve("in")).build().map(out));
        dataset = KamergraafDataset.openCurrent(store);
        server = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(dataset).port(0).base(BASE).storeRoot(dir.resolve("store")).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (dataset != null) TDBInternal.expel(dataset);
    }

    @Test
    void theUnknownValueAnswers303ToADescriptionThatSaysWhichListItIsNotOn() throws Exception {
        HttpResponse<byte[]> see = get(VALUE_PATH, "text/turtle");
        assertEquals(303, see.statusCode());
        String location = see.headers().firstValue("Location").orElseThrow();
        assertEquals("/doc/onbekende-waarde/besluitsoort/stemmen", location);

        HttpResponse<byte[]> doc = get(location, "text/turtle");
        assertEquals(200, doc.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(doc.body())).lang(Lang.TURTLE).base(BASE).parse(m);
        var value = m.createResource(BASE + VALUE_PATH);
        assertTrue(m.contains(value, org.apache.jena.vocabulary.RDF.type, m.createResource(KG.OnbekendeWaarde.getURI())), doc(doc));
        assertTrue(m.contains(value, SKOS.notation, "Stemmen"), doc(doc));
        assertTrue(m.contains(value, m.createProperty(KG.buitenSchema.getURI()), m.createResource("https://w3id.org/kamergraaf/def/besluitsoort")), doc(doc));
        assertTrue(!m.contains(value, SKOS.inScheme), "in no published scheme");
    }

    @Test
    void theUnknownValueHasAPageForPeople() throws Exception {
        HttpResponse<byte[]> page = get("/doc/onbekende-waarde/besluitsoort/stemmen", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(doc(page).contains("Stemmen"), doc(page));
    }

    private HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String doc(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
