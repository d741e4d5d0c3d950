package nl.kamergraaf.mapper.source.syncfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;

/**
 * The bundled SyncFeed XML (data/tk-opendata/syncfeed, built from real records of the JSON files beside it): each
 * record gives the same graph as its OData JSON, and mapped together with the JSON the XML reaches the same IRIs.
 */
// slow: maps all of data/tk-opendata in both formats and compares them record by record;
// SyncFeedContractTest and RecordShapesTest keep SyncFeed mapping covered in the quick loop.
@Tag("slow")
class SyncFeedMappingTest {
    private static final String BASE = "http://localhost:3030";
    private static final Pattern ENTITY = Pattern.compile("<([a-zA-Z]+) xmlns=\"http://www.tweedekamer.nl/xsd/tkData/v1-0\"[^>]* id=\"([0-9a-f-]{36})\"");
    private static final Node SOURCE = DCTerms.source.asNode();
    private static final Node SAME_SOURCE = NodeFactory.createLiteralString("(source)");

    private static Path syncfeed;
    private static MappingRun all;

    @BeforeAll
    static void mapBundledData() throws IOException {
        syncfeed = ProjectFiles.dataDir().resolve("tk-opendata/syncfeed");
        all = MappingRun.of(ProjectFiles.dataDir().resolve("tk-opendata"));
    }

    @Test
    void eachRecordGivesTheSameGraphAsOdataJsonAndAsSyncFeedXml(@TempDir Path json) throws IOException {
        // The XML entities and, for each, the same record as a top-level JSON record without expansions.
        Map<String, String> typeOf = entitiesInXml();
        Map<String, JsonNode> records = topLevelJsonRecords(typeOf.keySet());
        List<Node> compared = new ArrayList<>();
        Set<String> plainEntityFiles = new TreeSet<>(); // the ids of entities that are a file's root, not in an Atom feed
        try (Stream<Path> files = Files.list(syncfeed)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                String xml = Files.readString(f);
                Matcher m = ENTITY.matcher(xml);
                if (!xml.contains("<feed ") && m.find()) plainEntityFiles.add(m.group(2));
            }
        }
        for (Map.Entry<String, JsonNode> e : records.entrySet()) {
            String type = typeOf.get(e.getKey());
            Path file = json.resolve(type).resolve(e.getKey() + ".json"); // the folder names the entity type
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue().toString());
            compared.add(NodeFactory.createURI(BASE + "/graph/odata-" + type + "/" + e.getKey()));
        }
        MappingRun fromJson = MappingRun.of(json);
        MappingRun fromXml = MappingRun.of(syncfeed);

        assertEquals(List.of(), fromXml.report().problems());
        assertTrue(compared.size() >= 15, "records compared: " + compared.size());
        for (Node g : compared) {
            Set<String> a = quads(fromJson, g);
            assertTrue(a.size() > 3, g + " has a graph from JSON");
            if (plainEntityFiles.contains(g.getURI().substring(g.getURI().lastIndexOf('/') + 1))) {
                // A plain entity file has no Atom entry, so no ApiGewijzigdOp: the graph lacks dct:modified, and only that.
                Set<String> modified = a.stream().filter(q -> q.startsWith("[" + g + " " + g + " " + DCTerms.modified.getURI()))
                        .collect(Collectors.toSet());
                assertEquals(1, modified.size(), g.toString());
                a.removeAll(modified);
            }
            assertEquals(a, quads(fromXml, g), "graph " + g);
        }
        assertTrue(compared.stream().anyMatch(g -> quads(fromXml, g).stream().anyMatch(q -> q.contains("VerwijderdRecord"))),
                "a deleted entry is among the compared records");
    }

    @Test
    void aDeletedEntryIsATombstoneOnly() {
        var rows = inGraphs("""
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?t ?when ?p WHERE {
                  GRAPH ?g { ?g dct:source "syncfeed/Document-40117050.xml" .
                             ?t a kg:VerwijderdRecord ; dct:identifier "9cbb13d7-e636-4b7f-8f5d-cb3a14896d38" ;
                                prov:invalidatedAtTime ?when ; ?p ?o } }""");
        assertEquals(BASE + "/id/document/9cbb13d7-e636-4b7f-8f5d-cb3a14896d38", rows.get(0).get("t"));
        assertEquals("2025-06-12T12:55:28.783+02:00", rows.get(0).get("when"));
        assertTrue(all.ask("ASK { <" + BASE + "/id/document/9cbb13d7-e636-4b7f-8f5d-cb3a14896d38> a kg:VerwijderdRecord }"));
        assertEquals(0, all.select("SELECT ?x WHERE { <" + BASE + "/id/document/9cbb13d7-e636-4b7f-8f5d-cb3a14896d38> kg:titel ?x }").size());
    }

    @Test
    void aZaakNamedByGuidInXmlIsTheZaakTheJsonNumbers() {
        // Document 2025D06779 names its zaak only as <zaak ref="0006f304-…"/>; the JSON says that zaak is 2025Z02986.
        assertTrue(all.askDataset("""
                ASK { GRAPH ?g { ?g dct:source "syncfeed/Document-40117050.xml" .
                                 <%1$s/id/document/2025D06779> kg:zaak <%1$s/id/zaak/2025Z02986> } }""".formatted(BASE)));
        assertEquals(List.of(BASE + "/id/document/2025D06779"),
                all.column("SELECT DISTINCT ?d WHERE { ?d kg:documentnummer \"2025D06779\" }", "d"));
        assertEquals(List.of(BASE + "/id/zaak/2025Z02986"),
                all.column("SELECT DISTINCT ?z WHERE { ?z kg:zaaknummer \"2025Z02986\" }", "z"));
    }

    @Test
    void aBesluitInXmlLinksToTheAgendapuntAndZaakTheJsonNumbers() {
        // The agendapunt by foreign key in the besluit's record graph; the zaak, a reference without one, in the graph
        // of what the entry adds beyond the record as the API gives it (its expansion graph, which sync keeps).
        assertTrue(all.askDataset("""
                ASK { GRAPH ?g { ?g dct:source "syncfeed/Besluit-40117150.xml" .
                                 <%1$s/id/besluit/6b15c18f-fdc5-4ea4-bee2-a556e94d7682> kg:agendapunt <%1$s/id/agendapunt/2022P17046> }
                      GRAPH ?x { ?x dct:source "syncfeed/Besluit-40117150.xml" .
                                 <%1$s/id/besluit/6b15c18f-fdc5-4ea4-bee2-a556e94d7682> kg:zaak <%1$s/id/zaak/2022Z17826> }
                      FILTER(?x = IRI(CONCAT(STR(?g), "/expansion"))) }""".formatted(BASE)));
        // A reference is a link, not a record: no graph that would describe the zaak with nothing but its Id.
        assertEquals(0, inGraphs("""
                SELECT ?g WHERE { GRAPH ?g { ?g dct:source "syncfeed/Besluit-40117150.xml" . ?z kg:zaaknummer ?n } }""").size());
    }

    @Test
    void aDossierNamedByGuidIsTheDossierItsOwnEntryNumbers(@TempDir Path dir) throws IOException {
        // Motion 2025Z02986 (kst-19637-3384) in dossier 19637. No real Kamerstukdossier record is in the reference
        // data, so the dossier's GUID is made up here; its entry comes after the zaak that names it.
        String dossierGuid = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
        String zaak = Files.readString(syncfeed.resolve("Zaak-40117001.xml"));
        int motion = zaak.indexOf("id=\"0006f304-7f6f-45f7-923e-9975c29d77c6\"");
        int body = zaak.indexOf(">", motion) + 1;
        String page = zaak.substring(0, body) + "<kamerstukdossier ref=\"" + dossierGuid + "\"/>" + zaak.substring(body);
        page = page.replace("</feed>", """
                  <entry><title>%1$s</title><updated>2025-03-05T12:02:07Z</updated><content type="application/xml">
                    <kamerstukdossier xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0"
                        id="%1$s" tk:bijgewerkt="2025-02-19T07:59:02+01:00" tk:verwijderd="false">
                      <titel>Vreemdelingenbeleid</titel><nummer>19637</nummer>
                    </kamerstukdossier></content></entry>
                </feed>
                """.formatted(dossierGuid));
        Files.writeString(dir.resolve("Zaak-with-dossier.xml"), page);
        MappingRun run = MappingRun.of(dir);

        assertEquals(List.of(), run.report().problems());
        assertEquals(List.of(BASE + "/id/dossier/19637"),
                run.column("SELECT ?d WHERE { <" + BASE + "/id/zaak/2025Z02986> kg:dossier ?d }", "d"));
        assertEquals(0, run.select("SELECT ?x WHERE { ?x ?p ?o FILTER(CONTAINS(STR(?x), \"" + dossierGuid + "\") && STRSTARTS(STR(?x), \""
                + BASE + "/id/\")) }").size(), "no IRI minted from the dossier's GUID");
    }

    @Test
    void stemmingEntriesAreVotesOnTheirBesluitByTheirFractie() {
        var rows = inGraphs("""
                PREFIX opengov: <http://www.w3.org/ns/opengov#>
                SELECT ?v ?besluit ?fractie WHERE { GRAPH ?g { ?g dct:source "syncfeed/Stemming-40117100.xml" .
                  ?v a kg:Stemming ; kg:besluit ?besluit ; opengov:organization ?fractie } }""");
        assertEquals(6, rows.size());
        rows.forEach(r -> assertTrue(r.get("besluit").startsWith(BASE + "/id/besluit/") && r.get("fractie").startsWith(BASE + "/id/fractie/"), r::toString));
    }

    @Test
    void aPlainTkDataEntityFileIsMappedAsOneRecord() {
        assertEquals(List.of("Beer"), inGraphs("""
                SELECT ?n WHERE { GRAPH ?g { ?g dct:source "syncfeed/persoon-6edaeec8-fad8-4c2c-8103-7aae8594e772.xml" .
                  <%s/id/persoon/6edaeec8-fad8-4c2c-8103-7aae8594e772> kg:achternaam ?n } }""".formatted(BASE)).stream().map(r -> r.get("n")).toList());
    }

    /** A SELECT over the dataset itself, so that GRAPH patterns see each record graph with its dct:source. */
    private static List<Map<String, String>> inGraphs(String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(all.dataset())).query(MappingRun.PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(s -> {
                Map<String, String> row = new HashMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString()));
                rows.add(row);
            });
        }
        return rows;
    }

    /** Entity GUID → OData entity type (lowercase, as record graphs name it), for every entity in the bundled XML. */
    private static Map<String, String> entitiesInXml() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> files = Files.list(syncfeed)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                Matcher m = ENTITY.matcher(Files.readString(f));
                while (m.find()) out.put(m.group(2), m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The JSON records of those ids that stand at the top level of a JSON file and carry no expansions. */
    private static Map<String, JsonNode> topLevelJsonRecords(Set<String> ids) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, JsonNode> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(ProjectFiles.dataDir().resolve("tk-opendata"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = mapper.readTree(f.toFile());
                JsonNode records = root.isArray() ? root : root.has("value") ? root.get("value") : mapper.createArrayNode().add(root);
                for (JsonNode r : records) {
                    String id = r.path("Id").asText();
                    if (ids.contains(id) && !hasExpansion(r)) out.put(id, r);
                }
            }
        }
        return out;
    }

    private static boolean hasExpansion(JsonNode r) {
        for (Iterator<JsonNode> it = r.elements(); it.hasNext(); ) {
            if (it.next().isContainerNode()) return true;
        }
        return false;
    }

    /** A record graph's quads as text, its dct:source set aside (the file names differ by design). */
    private static Set<String> quads(MappingRun run, Node graph) {
        return run.dataset().stream(graph, Node.ANY, Node.ANY, Node.ANY)
                .map(q -> q.getPredicate().equals(SOURCE) ? Quad.create(q.getGraph(), q.getSubject(), SOURCE, SAME_SOURCE) : q)
                .map(Quad::toString).collect(Collectors.toCollection(TreeSet::new));
    }
}
