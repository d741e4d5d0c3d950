package nl.kamergraaf.server.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.LiveServerFixture;
import nl.kamergraaf.server.LiveStoreServer;
import nl.kamergraaf.store.StoreDirectory;

/**
 * A harvest as an open-data portal does it, over real HTTP against a freshly started server on a free port, with
 * no {@code kamergraaf dump} run by anyone: the server publishes its first release by itself. Start from the served
 * catalog alone, find the dataset's distributions, download each, check its size and SHA-256 against the catalog,
 * parse it, and check the VoID counts against what SPARQL COUNT queries to the endpoint answer. The CSV tables are
 * found the same way, read through their CSVW metadata, and counted against the endpoint too.
 */
@Tag("slow")
class HarvestTest {
    private static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            PREFIX void: <http://rdfs.org/ns/void#>
            """;

    private static final String CSV = "text/csv";
    private static final String CSVW = "application/csvm+json";
    private static final Set<String> TABLE_MEDIA_TYPES = Set.of(CSV, CSVW);

    @TempDir
    static Path storeDir;

    static LiveStoreServer live;
    static KamergraafServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startAFreshServer() throws Exception {
        TDBInternal.expel(MappedStore.create(storeDir));
        int port = LiveServerFixture.freePort();
        // The releases name the server's real address in their download URLs.
        Publication publication = new Publication(MappedStore.BASE, "http://localhost:" + port);
        live = LiveStoreServer.start(new StoreDirectory(storeDir), KamergraafServer.create().extensions(ServerAssembly.extensions()).port(port).base(MappedStore.BASE),
                new LiveStoreServer.Options(Duration.ofSeconds(1), Optional.of(publication), 3, Duration.ZERO));
        server = live.server();
        LiveServerFixture.awaitCondition("the catalog lists the first release's distributions", 1200, 250,
                () -> catalogDistributions() >= 5);
    }

    @AfterAll
    static void stop() {
        if (live != null) live.close();
    }

    private static int catalogDistributions() {
        try {
            Model catalog = fetchModel(server.baseUrl() + Publication.CATALOG_PATH, "text/turtle");
            return select(catalog, "SELECT ?d { ?ds dcat:distribution ?d }").size();
        } catch (Exception | AssertionError e) {
            return 0;
        }
    }

    private static HttpResponse<byte[]> get(String url, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Model fetchModel(String url, String accept) throws Exception {
        HttpResponse<byte[]> r = get(url, accept);
        assertEquals(200, r.statusCode(), url);
        String contentType = r.headers().firstValue("Content-Type").orElseThrow();
        Lang lang = RDFLanguages.contentTypeToLang(contentType.split(";")[0].strip());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(m);
        return m;
    }

    private static List<QuerySolution> select(Model m, String query) {
        try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + query, m)) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static long endpointCount(String sparqlUrl, String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(sparqlUrl).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void aPortalFindsDownloadsVerifiesAndParsesEveryDistributionOfAFreshServersCatalogAlone() throws Exception {
        Model catalog = fetchModel(server.baseUrl() + Publication.CATALOG_PATH, "text/turtle");
        List<QuerySolution> distributions = select(catalog, """
                SELECT ?d ?url ?size ?sha ?media ?gzip WHERE {
                  ?catalog a dcat:Catalog ; dcat:dataset ?dataset .
                  ?dataset dcat:distribution ?d .
                  ?d dcat:downloadURL ?url ; dcat:byteSize ?size ; dcat:mediaType ?media ;
                     spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sha ] .
                  OPTIONAL { ?d dcat:compressFormat ?gzip }
                } ORDER BY ?url""");
        assertTrue(distributions.size() >= 5, "N-Quads, N-Triples, Turtle, JSON-LD and the ontology: " + distributions.size());

        Model voidModel = fetchModel(server.baseUrl() + Publication.VOID_PATH, "text/turtle");
        long voidTriples = select(voidModel, "SELECT ?n { ?ds void:triples ?n ; void:sparqlEndpoint ?e }").get(0).getLiteral("n").getLong();
        String sparql = select(voidModel, "SELECT ?e { ?ds void:sparqlEndpoint ?e }").get(0).getResource("e").getURI();
        long storeQuads = endpointCount(sparql, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");

        for (QuerySolution row : distributions) {
            String url = row.getResource("url").getURI();
            assertTrue(url.startsWith(server.baseUrl() + "/dumps/"), url);
            HttpResponse<byte[]> r = get(url, "*/*");
            assertEquals(200, r.statusCode(), url);
            long size = row.getLiteral("size").getLong();
            assertEquals(size, r.body().length, "size of " + url);
            assertEquals(size, r.headers().firstValueAsLong("Content-Length").orElseThrow(), "Content-Length of " + url);
            assertEquals(row.getLiteral("sha").getLexicalForm(),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())), "SHA-256 of " + url);

            String mediaType = row.getResource("media").getURI().replace(DistributionVocab.IANA_MEDIA_TYPES, "");
            if (TABLE_MEDIA_TYPES.contains(mediaType)) continue; // not RDF: the tables have a test of their own
            Lang lang = RDFLanguages.contentTypeToLang(mediaType);
            InputStream body = new ByteArrayInputStream(r.body());
            if (row.contains("gzip")) body = new GZIPInputStream(body);
            DatasetGraph parsed = DatasetGraphFactory.createGeneral();
            RDFParser.source(body).lang(lang).parse(parsed);
            long parsedCount = parsed.stream().count();
            if (lang.equals(Lang.NQUADS)) {
                assertEquals(storeQuads, parsedCount, url + " holds every quad of the endpoint");
            } else if (url.contains("/kamergraaf.")) {
                assertEquals(voidTriples, parsedCount, url + " holds as many triples as VoID says");
            } else {
                assertTrue(parsedCount > 0, url + " parses to RDF");
            }
        }
    }

    @Test
    void aPortalFindsTheCsvTablesThroughTheCatalogAndTheirCsvwMetadataAndEachHasARowPerThingSparqlCounts() throws Exception {
        Model catalog = fetchModel(server.baseUrl() + Publication.CATALOG_PATH, "text/turtle");
        List<QuerySolution> tables = select(catalog, """
                SELECT ?url ?metadata WHERE {
                  ?dataset a dcat:Dataset ; dcat:distribution ?table , ?described .
                  ?table dcat:mediaType <%s> ; dcat:downloadURL ?url ; dct:conformsTo ?metadata .
                  ?described dcat:mediaType <%s> ; dcat:downloadURL ?metadata .
                } ORDER BY ?url""".formatted(DistributionVocab.IANA_MEDIA_TYPES + CSV, DistributionVocab.IANA_MEDIA_TYPES + CSVW));
        Set<String> csvUrls = new TreeSet<>();
        Set<String> metadataUrls = new TreeSet<>();
        tables.forEach(t -> {
            csvUrls.add(t.getResource("url").getURI());
            metadataUrls.add(t.getResource("metadata").getURI());
        });
        assertEquals(7, csvUrls.size(), "documenten, zaken, besluiten, stemmingen, personen, fracties, citaties: " + csvUrls);
        assertEquals(1, metadataUrls.size(), "every table is described by the one CSVW file of the release");

        String metadataUrl = metadataUrls.iterator().next();
        HttpResponse<byte[]> m = get(metadataUrl, "*/*");
        assertEquals(200, m.statusCode(), metadataUrl);
        assertEquals(CSVW, m.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip());
        JsonNode metadata = new ObjectMapper().readTree(m.body());
        Set<String> described = new TreeSet<>();
        for (JsonNode table : metadata.get("tables")) {
            String csvUrl = URI.create(metadataUrl).resolve(table.get("url").asText()).toString();
            described.add(csvUrl);
            List<String> columns = new ArrayList<>();
            String type = null;
            for (JsonNode c : table.get("tableSchema").get("columns")) {
                if (c.path("virtual").asBoolean()) type = c.get("valueUrl").asText();
                else columns.add(c.get("name").asText());
            }
            assertTrue(type != null, csvUrl + ": the metadata states the class of the rows");

            HttpResponse<byte[]> r = get(csvUrl, "text/csv");
            assertEquals(200, r.statusCode(), csvUrl);
            assertEquals(CSV, r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip(), csvUrl);
            String link = r.headers().firstValue("Link").orElseThrow(() -> new AssertionError(csvUrl + " has no Link header"));
            assertTrue(link.contains("rel=\"describedby\""), link);
            assertEquals(metadataUrl, URI.create(csvUrl).resolve(link.substring(link.indexOf('<') + 1, link.indexOf('>'))).toString());
            List<CSVRecord> rows;
            List<String> header;
            try (CSVParser csv = CSVParser.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setHeader().get())) {
                header = csv.getHeaderNames();
                rows = csv.getRecords();
            }
            assertEquals(columns, header, csvUrl + ": the header is the metadata's columns");
            long things = endpointCount(server.sparqlUrl(), "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + type + "> }");
            assertTrue(things > 0, type);
            assertEquals(things, rows.size(), csvUrl + " has a row per " + type);
        }
        assertEquals(csvUrls, described, "the CSVW metadata describes exactly the catalog's tables");
    }

    @Test
    void theVoidCountsAreWhatSparqlCountOverTheEndpointSays() throws Exception {
        Model voidModel = fetchModel(server.baseUrl() + Publication.VOID_PATH, "text/turtle");
        QuerySolution v = select(voidModel, """
                SELECT * { ?ds a void:Dataset ; void:sparqlEndpoint ?endpoint ; void:uriSpace ?space ;
                  void:triples ?triples ; void:entities ?entities ; void:classes ?classes ; void:properties ?properties ;
                  void:distinctSubjects ?subjects ; void:distinctObjects ?objects }""").get(0);
        String endpoint = v.getResource("endpoint").getURI();
        assertEquals(server.sparqlUrl(), endpoint);
        String space = v.getLiteral("space").getLexicalForm();
        assertEquals(MappedStore.BASE + "/id/", space);
        Map<String, String> counts = Map.of(
                "triples", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                "entities", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c FILTER(STRSTARTS(STR(?s), \"" + space + "\")) }",
                "classes", "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }",
                "properties", "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }",
                "subjects", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }",
                "objects", "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }");
        counts.forEach((name, query) -> {
            long expected = endpointCount(endpoint, query);
            assertTrue(expected > 0, name);
            assertEquals(expected, v.getLiteral(name).getLong(), "void:" + name);
        });

        List<QuerySolution> classes = select(voidModel, "SELECT ?c ?n { ?ds void:classPartition [ void:class ?c ; void:entities ?n ] }");
        assertEquals(v.getLiteral("classes").getLong(), classes.size(), "one class partition per class");
        for (QuerySolution c : classes) {
            assertEquals(endpointCount(endpoint, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + c.getResource("c").getURI() + "> }"),
                    c.getLiteral("n").getLong(), "instances of " + c.getResource("c"));
        }
        List<QuerySolution> properties = select(voidModel, "SELECT ?p ?n { ?ds void:propertyPartition [ void:property ?p ; void:triples ?n ] }");
        assertEquals(v.getLiteral("properties").getLong(), properties.size(), "one property partition per property");
        for (QuerySolution p : properties) {
            assertEquals(endpointCount(endpoint, "SELECT (COUNT(*) AS ?n) { ?s <" + p.getResource("p").getURI() + "> ?o }"),
                    p.getLiteral("n").getLong(), "triples of " + p.getResource("p"));
        }
        for (QuerySolution e : select(voidModel, "SELECT ?x { ?ds void:exampleResource ?x }")) {
            assertEquals(1, endpointCount(endpoint, "SELECT (COUNT(*) AS ?n) { FILTER EXISTS { <" + e.getResource("x").getURI() + "> ?p ?o } }"),
                    "the example " + e.getResource("x") + " is in the data");
        }
        assertFalse(select(voidModel, "SELECT ?d { ?ds void:dataDump ?d }").isEmpty(), "VoID links the dumps");
    }

    @Test
    void theCatalogAndVoidDescribeTheSameDatasetInEveryOfferedFormat() throws Exception {
        for (String path : List.of(Publication.CATALOG_PATH, Publication.VOID_PATH)) {
            Model turtle = fetchModel(server.baseUrl() + path, "text/turtle");
            for (String accept : List.of("application/ld+json", "application/rdf+xml", "application/n-triples")) {
                assertTrue(turtle.isIsomorphicWith(fetchModel(server.baseUrl() + path, accept)), path + " as " + accept);
            }
            assertTrue(turtle.isIsomorphicWith(fetchModel(server.baseUrl() + path, "*/*")), path + " defaults to Turtle");
        }
        Model catalog = fetchModel(server.baseUrl() + Publication.CATALOG_PATH, "text/turtle");
        Model voidModel = fetchModel(server.baseUrl() + Publication.VOID_PATH, "text/turtle");
        String dataset = select(catalog, "SELECT ?ds { ?ds a dcat:Dataset }").get(0).getResource("ds").getURI();
        assertEquals(dataset, select(voidModel, "SELECT ?ds { ?ds a void:Dataset }").get(0).getResource("ds").getURI());
    }

    @Test
    void theCatalogStatesTheTweedeKamerLicenceThemeCoverageAndDates() throws Exception {
        Model catalog = fetchModel(server.baseUrl() + Publication.CATALOG_PATH, "text/turtle");
        List<QuerySolution> rows = select(catalog, """
                SELECT ?start ?end ?issued ?modified WHERE {
                  ?ds a dcat:Dataset ;
                      dct:license <http://creativecommons.org/publicdomain/zero/1.0/> ;
                      dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
                      dcat:theme <http://publications.europa.eu/resource/authority/data-theme/GOVE> ;
                      dct:spatial <http://publications.europa.eu/resource/authority/country/NLD> ;
                      dct:temporal [ dcat:startDate ?start ; dcat:endDate ?end ] ;
                      dct:issued ?issued ; dct:modified ?modified .
                  FILTER NOT EXISTS { ?ds dcat:distribution ?d . FILTER NOT EXISTS {
                      ?d dct:license <http://creativecommons.org/publicdomain/zero/1.0/> } }
                }""");
        assertEquals(1, rows.size(), "one dataset with licence, access rights, theme, coverage and dates");
        // The seed letter is dated 2024-12-16: the temporal coverage includes it.
        assertTrue(rows.get(0).getLiteral("start").getLexicalForm().compareTo("2024-12-16") <= 0);
        assertTrue(rows.get(0).getLiteral("end").getLexicalForm().compareTo("2024-12-16") >= 0);
        assertTrue(DcatApNlShapes.validate(catalog).conforms(), "the served catalog passes the DCAT-AP-NL shapes");
    }
}
