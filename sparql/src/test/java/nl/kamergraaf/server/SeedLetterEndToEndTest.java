package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.TestData;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.MappingReport;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/**
 * The walking skeleton, end to end: the bundled data mapped, loaded into a real TDB2 store, served by a real Fuseki
 * on a free port, and every fact the seed letter states checked with SPARQL, both on the store and over HTTP.
 */
class SeedLetterEndToEndTest {
    private static final String BASE = "http://localhost:3030";
    private static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/kamergraaf/def#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX doc: <http://localhost:3030/id/document/>
            PREFIX kamerstuk: <http://localhost:3030/id/kamerstuk/>
            PREFIX dossier: <http://localhost:3030/id/dossier/>
            PREFIX zaak: <http://localhost:3030/id/zaak/>
            PREFIX persoon: <http://localhost:3030/id/persoon/>
            """;

    @TempDir
    static Path storeDir;

    static MappingReport report;
    static DatasetGraph dataset;
    static KamergraafServer server;

    @BeforeAll
    static void mapLoadAndServe() throws Exception {
        StoreDirectory store = new StoreDirectory(storeDir);
        new StoreLoader(store).load(out ->
                report = KamergraafMapper.create().base(BASE).source(TestData.dataDir()).build().map(out));
        dataset = KamergraafDataset.openCurrent(store);
        server = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(dataset).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (dataset != null) TDBInternal.expel(dataset);
    }

    /** Each fact of the seed letter as an ASK query. */
    static Stream<Arguments> facts() {
        return Stream.of(
            fact("the document with its number, subject, title, type and dates", """
                ASK { doc:2024D50227 a kg:Document, kg:Brief ;
                        kg:documentnummer "2024D50227" ;
                        kg:onderwerp "Voortgang ‘Coalition of the Willing’ ten aanzien van halfgeleiderindustrie"@nl ;
                        kg:titel "Innovatiebeleid"@nl ;
                        kg:datum "2024-12-16"^^xsd:date ;
                        kg:bijgewerkt "2024-12-17T12:08:00+01:00"^^xsd:dateTime ;
                        kg:versienummer 2 ;
                        kg:documentsoort ?soort .
                      ?soort skos:prefLabel "Brief regering"@nl }"""),
            fact("its kamerstuk 33009-151 in dossier 33009", """
                ASK { doc:2024D50227 kg:kamerstuk kamerstuk:33009-151 .
                      kamerstuk:33009-151 a kg:Kamerstuk ; kg:volgnummer 151 ; kg:dossier dossier:33009 ;
                        kg:kamerstuknummer "33009-151" }"""),
            fact("both dossiers of the heading, with their titles", """
                ASK { doc:2024D50227 kg:dossier dossier:33009, dossier:32637 .
                      dossier:33009 a kg:Kamerstukdossier ; kg:titel "Innovatiebeleid"@nl .
                      dossier:32637 a kg:Kamerstukdossier ; kg:titel "Bedrijfslevenbeleid"@nl }"""),
            fact("the zaak 2024Z21275", """
                ASK { doc:2024D50227 kg:zaak zaak:2024Z21275 .
                      zaak:2024Z21275 a kg:Zaak ; kg:zaaknummer "2024Z21275" }"""),
            fact("the addressee, place of signing", """
                ASK { doc:2024D50227 kg:geadresseerde ?post ; kg:plaatsVanOndertekening "Den Haag"@nl .
                      ?post a kg:Post ; rdfs:label "Voorzitter van de Tweede Kamer der Staten-Generaal"@nl }"""),
            fact("the signing minister Beljaarts, a person holding the post of minister of EZ, in the ministry", """
                ASK { doc:2024D50227 kg:ondertekenaar ?p ; kg:ondertekendAls ?post .
                      ?p a kg:Persoon ; kg:achternaam "Beljaarts" ; kg:initialen "D.S." .
                      ?post a kg:Post ; rdfs:label "Minister van Economische Zaken"@nl ; kg:bekleedDoor ?p ;
                            kg:functieIn <https://identifier.overheid.nl/tooi/id/ministerie/mnre1045> .
                      <https://identifier.overheid.nl/tooi/id/ministerie/mnre1045> a kg:Ministerie ;
                            rdfs:label "Ministerie van Economische Zaken"@nl }"""),
            fact("the cited motion 36600-XIII-29 with Zeedijk and Dassen as submitters", """
                ASK { doc:2024D50227 kg:citeert kamerstuk:36600-XIII-29 .
                      kamerstuk:36600-XIII-29 a kg:Motie ; kg:dossier dossier:36600-XIII ;
                          kg:indiener ?z, ?d .
                      ?z a kg:Persoon ; kg:achternaam "Zeedijk" .
                      ?d a kg:Persoon ; kg:achternaam "Dassen" .
                      FILTER(?z = persoon:7af39711-d57a-490f-86c9-26ea532e8ed0 && ?d = persoon:a68468b6-51ea-440c-9387-b44ba10ad8b6) }"""),
            fact("the footnote's kamerstuk 33009-138", """
                ASK { doc:2024D50227 kg:citeert kamerstuk:33009-138 ; kg:voetnoot ?fn .
                      ?ref kg:doel kamerstuk:33009-138 ; kg:bron doc:2024D50227 ;
                           kg:verwijzingstekst "Kamerstuk 33 009, nr. 138" . }"""),
            fact("the Coalition of the Willing, an initiative", """
                ASK { doc:2024D50227 kg:noemt ?x . ?x a kg:Initiatief ; rdfs:label "Coalition of the Willing (halfgeleiders)"@nl }"""),
            fact("the EU Chips Act, as its ELI IRI", """
                ASK { doc:2024D50227 kg:noemt <http://data.europa.eu/eli/reg/2023/1781/oj> .
                      <http://data.europa.eu/eli/reg/2023/1781/oj> a kg:EuWetgeving ; kg:celexNummer "32023R1781" }"""),
            fact("the Draghi report", """
                ASK { doc:2024D50227 kg:noemt ?x . ?x a kg:Rapport ; rdfs:label "Draghi report"@en }"""),
            fact("Semicon Board NL", """
                ASK { doc:2024D50227 kg:noemt ?x . ?x a kg:Organisatie ; rdfs:label "Semicon Board NL"@nl }"""),
            fact("the European Commission", """
                ASK { doc:2024D50227 kg:noemt <http://publications.europa.eu/resource/authority/corporate-body/COM> .
                      <http://publications.europa.eu/resource/authority/corporate-body/COM> rdfs:label "European Commission"@en }"""),
            fact("Henna Virkkunen, a person of the European Commission", """
                ASK { doc:2024D50227 kg:noemt ?x . ?x a kg:Persoon ; rdfs:label "Henna Virkkunen"@nl ;
                      kg:werkzaamBij <http://publications.europa.eu/resource/authority/corporate-body/COM> }"""),
            fact("Zeedijk and Dassen mentioned as the members of the text, each with the sentence and rule", """
                ASK { doc:2024D50227 kg:noemt persoon:7af39711-d57a-490f-86c9-26ea532e8ed0 , persoon:a68468b6-51ea-440c-9387-b44ba10ad8b6 .
                      ?z kg:bron doc:2024D50227 ; kg:doel persoon:7af39711-d57a-490f-86c9-26ea532e8ed0 ;
                         kg:herkendDoor "PersonMentionParser:lid-naam" ; kg:gevondenIn ?zs .
                      ?d kg:bron doc:2024D50227 ; kg:doel persoon:a68468b6-51ea-440c-9387-b44ba10ad8b6 ;
                         kg:herkendDoor "PersonMentionParser:lid-naam" .
                      FILTER(CONTAINS(STR(?zs), "de leden Zeedijk en Dassen de regering verzocht")) }"""),
            fact("the motion reference says it was read as a motion named by its submitters", """
                ASK { ?r kg:bron doc:2024D50227 ; kg:doel kamerstuk:36600-XIII-29 ;
                         kg:herkendDoor "MotionReferenceParser:motie-van-leden-direct" ;
                         kg:verwijzingstekst "Motie kamerleden Zeedijk en Dassen, Kamerstuk 36 600 XIII, nr. 29" }"""),
            fact("each of the six entities is found by its gazetteer entry, in its sentence", """
                ASK { FILTER NOT EXISTS {
                        VALUES ?label { "EU Chips Act"@en "Draghi report"@en "Semicon Board NL"@en "European Commission"@en
                                        "Coalition of the Willing (semiconductors)"@en "Henna Virkkunen"@en }
                        FILTER NOT EXISTS { ?x rdfs:label ?label .
                                            ?r kg:bron doc:2024D50227 ; kg:doel ?x ; kg:herkendDoor ?how ; kg:gevondenIn ?s .
                                            FILTER(STRSTARTS(?how, "Gazetteer:")) } } }"""),
            fact("the EU Chips Act found in the text is the ELI resource, with the CELEX number", """
                ASK { ?r kg:bron doc:2024D50227 ; kg:doel <http://data.europa.eu/eli/reg/2023/1781/oj> ;
                         kg:verwijzingstekst "EU Chips Act" .
                      <http://data.europa.eu/eli/reg/2023/1781/oj> kg:celexNummer "32023R1781" }"""),
            fact("every reference says where and how it was found", """
                ASK { FILTER NOT EXISTS { ?r a kg:Verwijzing . FILTER NOT EXISTS { ?r kg:bron ?d ; kg:doel ?t ; kg:gevondenIn ?s ; kg:herkendDoor ?h } } }""")
        );
    }

    private static Arguments fact(String name, String ask) {
        return Arguments.of(name, PREFIXES + ask);
    }

    @ParameterizedTest(name = "TDB2: {0}")
    @MethodSource("facts")
    void theStoreHoldsTheFact(String name, String ask) {
        boolean holds = Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(ask, org.apache.jena.query.DatasetFactory.wrap(dataset))) {
                return qe.execAsk();
            }
        });
        assertTrue(holds, "Not in the store: " + name);
    }

    @ParameterizedTest(name = "Fuseki: {0}")
    @MethodSource("facts")
    void theEndpointAnswersTheFact(String name, String ask) {
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(ask).build()) {
            assertTrue(qe.execAsk(), "Not answered by the endpoint: " + name);
        }
    }

    @Test
    void theCitedKamerstukkenOfTheSeedLetterAreExactlyTheTwoOfItsText() {
        String q = PREFIXES + "SELECT ?k { doc:2024D50227 kg:citeert ?k }";
        Set<String> cited = new TreeSet<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(q).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row -> cited.add(row.getResource("k").getURI()));
        }
        assertEquals(Set.of(BASE + "/id/kamerstuk/36600-XIII-29", BASE + "/id/kamerstuk/33009-138"), cited);
    }

    @Test
    void theMappingOfTheBundledDataSkippedNothing() {
        assertFalse(report.hasProblems(), () -> "Skipped: " + report.problems());
        assertTrue(report.recordsMapped() >= 1);
    }

    @Test
    void anUpdateRequestIsRefusedAndChangesNothing() throws Exception {
        for (String path : List.of("/sparql", "/update", "/")) {
            HttpRequest post = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build();
            int status = send(post);
            assertTrue(status >= 400 && status < 500, path + " answered " + status + " to an update");
            HttpRequest form = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=DROP%20ALL")).build();
            int formStatus = send(form);
            assertTrue(formStatus >= 400 && formStatus < 500, path + " answered " + formStatus + " to a form update");
        }
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl())
                .query(PREFIXES + "ASK { doc:2024D50227 a kg:Document }").build()) {
            assertTrue(qe.execAsk(), "the data survived the update attempts");
        }
    }

    /**
     * Each refused request on a connection of its own: the server may close a connection after refusing a request
     * without reading its body, and a pooled connection reused after that fails on the client side, not the server's.
     */
    private static int send(HttpRequest request) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
