package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.kamergraaf.mapper.ProjectFiles;

/**
 * The bundled document bodies end to end: data/ mapped, loaded into a real TDB2 store and served by Fuseki on a free
 * port; the KOOP publications and Word files are then asked about over HTTP, as a researcher would. The store is a
 * copy of the JVM's one mapped store of data/ ({@link BundledStore#copy}), which fails on any mapping problem;
 * SeedLetterEndToEndTest maps and loads data/ itself.
 */
class DocumentBodiesEndToEndTest {
    private static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/kamergraaf/def#>
            PREFIX kamerstuk: <http://localhost:3030/id/kamerstuk/>
            """;
    private static final Pattern KST = Pattern.compile("(kst-\\d+(?:-[A-Za-z0-9]+)*-\\d+)");

    @RegisterExtension
    static final MappedStoreServer served = new MappedStoreServer();

    @Test
    void theBundledDataMapsWithoutProblems() {
        assertEquals(List.of(), served.report().problems());
    }

    @Test
    void everyBundledPublicationGivesItsKamerstukATextOverHttp() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(ProjectFiles.dataDir().resolve("tk-opendata/publicaties"))) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertEquals(15, files.size());
        for (Path f : files) {
            Matcher m = KST.matcher(Files.readString(f, StandardCharsets.UTF_8));
            assertTrue(m.find(), f.toString());
            String ks = "kamerstuk:" + m.group(1).substring(4);
            assertTrue(ask("ASK { " + ks + " kg:tekst ?t ; kg:belichaamdIn ?p . ?p a kg:Publicatie ; kg:publicatiekenmerk \""
                    + m.group(1) + "\" . FILTER(CONTAINS(?t, \"De Kamer,\")) }"), ks);
        }
    }

    @Test
    void motionsOfAllThreeFileFormatsAreFoundByTheirText() {
        // 36682-10 (.docx), 31951-17 (.doc) and 21501-30-667 (KOOP XML) each ask something of the government.
        List<String> found = select("""
                SELECT ?m WHERE { ?m a kg:Motie ; kg:tekst ?t ; kg:tekstbron ?f .
                  FILTER(CONTAINS(?t, "apothekers") || CONTAINS(?t, "verantwoordingsdag") || CONTAINS(?t, "voorkeursprincipe")) }
                ORDER BY ?m""");
        assertEquals(List.of("http://localhost:3030/id/kamerstuk/21501-30-667", "http://localhost:3030/id/kamerstuk/31951-17",
                "http://localhost:3030/id/kamerstuk/36682-10"), found);
    }

    private static boolean ask(String q) {
        try (QueryExecution qe = QueryExecutionHTTP.service(served.server().sparqlUrl()).query(PREFIXES + q).build()) {
            return qe.execAsk();
        }
    }

    private static List<String> select(String q) {
        try (QueryExecution qe = QueryExecutionHTTP.service(served.server().sparqlUrl()).query(PREFIXES + q).build()) {
            ResultSet rs = qe.execSelect();
            List<String> out = new java.util.ArrayList<>();
            rs.forEachRemaining(s -> out.add(s.get("m").toString()));
            return out;
        }
    }
}
