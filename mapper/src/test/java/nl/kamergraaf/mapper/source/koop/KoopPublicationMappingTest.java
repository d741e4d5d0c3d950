package nl.kamergraaf.mapper.source.koop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.TestPersons;

/**
 * Maps the real KOOP publication XML files in data/ (with the persons, for name resolution, and one real OData zaak
 * with its documents, for the DocumentPublicatie id) and checks the result with SPARQL against what the test reads
 * from the raw files itself.
 */
class KoopPublicationMappingTest {
    private static final Pattern KST = Pattern.compile("(kst-\\d+(?:-[A-Za-z0-9]+)*-\\d+)");
    private static final Pattern STUK_TITEL = Pattern.compile("<stuk>\\s*<stuknr>.*?</stuknr>\\s*<titel>(.*?)</titel>", Pattern.DOTALL);
    private static final String BASE = "http://localhost:3030";

    private static Path publications;
    private static MappingRun run;

    @BeforeAll
    static void map() throws Exception {
        Path data = ProjectFiles.dataDir();
        publications = data.resolve("tk-opendata/publicaties");
        run = MappingRun.of(publications, data.resolve("tk-opendata/persoon"), data.resolve("gazetteer"), odataZaak());
    }

    static Path odataZaak() throws URISyntaxException {
        return Path.of(KoopPublicationMappingTest.class.getResource("/odata/zaak-2025Z02986-met-documenten.json").toURI());
    }

    @Test
    void everyPublicationFileIsMappedWithoutProblems() throws IOException {
        assertEquals(List.of(), run.report().problems());
        assertEquals(xmlFiles().size(), run.column("SELECT ?p WHERE { ?p a kg:Publicatie }", "p").size());
    }

    @Test
    void eachPublicationPublishesTheKamerstukOfItsKstIdentifier() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (Path f : xmlFiles()) {
            Matcher m = KST.matcher(Files.readString(f, StandardCharsets.UTF_8));
            assertTrue(m.find(), "no kst- identifier in " + f);
            expected.put(m.group(1), "kamerstuk/" + m.group(1).substring(4));
        }
        Map<String, String> actual = new TreeMap<>();
        for (Map<String, String> row : run.select("""
                SELECT ?kenmerk ?ks WHERE {
                  ?ks a kg:Kamerstuk ; kg:belichaamdIn ?p .
                  ?p a kg:Publicatie ; kg:publicatiekenmerk ?kenmerk ;
                     rdfs:seeAlso ?page .
                  FILTER(STRENDS(STR(?page), CONCAT(?kenmerk, ".html")))
                }""")) {
            actual.put(row.get("kenmerk"), row.get("ks").substring((BASE + "/id/").length()));
        }
        assertEquals(expected, actual);
    }

    @Test
    void theKamerstukTitleIsTheTitleOfTheStuk() throws IOException {
        Path file = publications.resolve("21b3d8b2-41b5-4fa9-ba9f-124f15fe80bc.xml");
        Matcher m = STUK_TITEL.matcher(Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(m.find());
        String title = m.group(1).strip();
        assertEquals(List.of(title), run.column("""
                SELECT ?t WHERE { <http://localhost:3030/id/kamerstuk/21501-30-667> kg:titel ?t }""", "t"));
        assertTrue(run.ask("ASK { <http://localhost:3030/id/kamerstuk/21501-30-667> a kg:Motie ; kg:datum \"2025-05-20\"^^xsd:date }"));
        assertTrue(run.ask("ASK { <http://localhost:3030/id/dossier/21501-30> kg:titel \"Raad voor Concurrentievermogen\"@nl }"));
    }

    @Test
    void theMotionTextHoldsTheRequestAsTheFileWritesIt() throws IOException {
        Path file = publications.resolve("c6f37348-d38d-4a27-8767-c9d2b9a9d786.xml");
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<al>(constaterende dat de Europese Commissie[^<]*)</al>").matcher(raw);
        assertTrue(m.find());
        String text = run.column("""
                SELECT ?t WHERE { <http://localhost:3030/id/kamerstuk/21501-07-2026> kg:tekst ?t FILTER(LANG(?t) = "nl") }""", "t")
                .get(0);
        assertTrue(text.contains(m.group(1)), text);
        assertTrue(text.contains("de Kamer te voorzien van een gedetailleerd overzicht"), "list items are part of the text");
        assertFalse(text.contains("•"), "list bullets are layout, not text");
        assertFalse(text.endsWith("Vermeer"), "signatures are not running text");
    }

    @Test
    void signatoriesResolveToTheOnePersonTheirNameFitsAndAmbiguousNamesStayNames() throws IOException {
        Map<String, String> ids = TestPersons.idsBySurname("Podt", "Piri", "Nispen", "Plas");
        List<String> indieners = run.column("""
                SELECT ?p WHERE { <http://localhost:3030/id/kamerstuk/19637-3384> kg:indiener ?p } ORDER BY ?p""", "p");
        for (String surname : ids.keySet()) {
            assertTrue(indieners.contains(BASE + "/id/persoon/" + ids.get(surname)), surname + " in " + indieners);
        }
        // Five Tweede Kamer persons are called (van) Dijk, but only one of them is Diederik van Dijk (D.J.H.): the
        // first name and tussenvoegsel single him out, so he is linked and not kept as a bare name.
        assertTrue(indieners.contains(BASE + "/id/persoon/dd85a3cc-916a-4f94-aaed-cb341eb6a036"), "Diederik van Dijk in " + indieners);
        assertFalse(run.ask("ASK { <http://localhost:3030/id/kamerstuk/19637-3384> kg:naamOndertekenaar \"Diederik van Dijk\" }"));
        assertEquals(1, run.column("""
                SELECT ?p WHERE { <http://localhost:3030/id/kamerstuk/19637-3384> kg:indiener ?p . ?p kg:achternaam "Dijk" }""", "p").size(),
                "exactly one of the five Dijks");
    }

    @Test
    void theMetadataSubmitterWithInitialsIsUsedForTheFirstSignatory() throws IOException {
        String thijssen = TestPersons.idsBySurname("Thijssen").get("Thijssen");
        assertEquals(List.of(BASE + "/id/persoon/" + thijssen), run.column("""
                SELECT ?p WHERE { <http://localhost:3030/id/kamerstuk/21501-30-667> kg:indiener ?p }""", "p"));
        assertTrue(run.ask("ASK { <http://localhost:3030/id/publicatie/kst-21501-30-667.xml> kg:publicatiedatum \"2025-05-20\"^^xsd:date }"));
    }

    @Test
    void aPublicationWhoseDocumentPublicatieIdTheODataKnowsIsLinkedToThatDocument() {
        // zaak-2025Z02986-met-documenten.json: Document 2025D06779 has DocumentPublicatie dfd9c46a-... (kst-19637-3384).
        assertTrue(run.ask("""
                ASK {
                  <http://localhost:3030/id/document/2025D06779> kg:belichaamdIn <http://localhost:3030/id/publicatie/kst-19637-3384.xml> ;
                      kg:kamerstuk <http://localhost:3030/id/kamerstuk/19637-3384> ;
                      kg:tekst ?t .
                  <http://localhost:3030/id/publicatie/kst-19637-3384.xml> dct:identifier "dfd9c46a-efb8-4f72-ac8d-47947e562944" .
                }"""));
    }

    @Test
    void eachPublicationIsARecordGraphWithItsSourceFile() throws IOException {
        for (Path f : xmlFiles()) {
            String stem = f.getFileName().toString().replace(".xml", "");
            assertTrue(run.askDataset("ASK { GRAPH <" + BASE + "/graph/publicatie/" + stem + "> { <" + BASE
                    + "/graph/publicatie/" + stem + "> a kg:Bronrecord ; dct:source \"" + f.getFileName() + "\" } }"), stem);
        }
    }

    @Test
    void whatTheTextMentionsIsLinkedWithWhereItWasFound() {
        // kst-21501-07-2026: "constaterende dat de Europese Commissie voornemens is ..."
        assertTrue(run.ask("""
                ASK {
                  <http://localhost:3030/id/kamerstuk/21501-07-2026> kg:noemt ?com .
                  ?com rdfs:label "Europese Commissie"@nl .
                  ?ref a kg:Verwijzing ; kg:bron <http://localhost:3030/id/kamerstuk/21501-07-2026> ; kg:doel ?com ;
                       kg:gevondenIn ?zin .
                  FILTER(STRSTARTS(STR(?ref), "http://localhost:3030/id/verwijzing/kst-21501-07-2026-"))
                  FILTER(CONTAINS(?zin, "macrofinanciële bijstand"))
                }"""));
    }

    @Test
    void theOutputParsesWithRdf4jRioToTheSameNumberOfQuads() throws IOException {
        assertEquals(run.dataset().stream().count(), run.parseWithRio());
    }

    private static List<Path> xmlFiles() throws IOException {
        try (Stream<Path> s = Files.list(publications)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
