package nl.kamergraaf.mapper.source.odata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.kamergraaf.mapper.ProjectFiles;

/**
 * Maps the real Tweede Kamer OData files in data/tk-opendata and checks the graph with SPARQL against figures
 * computed from the raw JSON with a plain Jackson tree.
 */
class RealODataMappingTest {
    private static final String BASE = "http://localhost:3030";
    private static Path folder;
    private static MappedData mapped;
    private static List<RawOData.Raw> raw;

    @BeforeAll
    static void mapBundledData() throws Exception {
        folder = ProjectFiles.dataDir().resolve("tk-opendata");
        mapped = MappedData.of(folder);
        raw = RawOData.read(folder);
    }

    @Test
    void everyBundledRecordIsMappedWithoutProblems() {
        assertEquals(List.of(), mapped.report.problems());
        assertTrue(mapped.report.recordsMapped() > 2000, mapped.report.summary());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Zaak, kg:Zaak", "Document, kg:Document", "Besluit, kg:Besluit", "Stemming, kg:Stemming",
            "Activiteit, kg:Activiteit", "Agendapunt, kg:Agendapunt", "Vergadering, kg:Vergadering", "Persoon, kg:Persoon",
            "Fractie, kg:Fractie", "FractieZetelPersoon, kg:Zetellidmaatschap", "ZaakActor, kg:Actorrol"})
    void liveEntitiesPerTypeMatchTheLiveIdsOfTheRawJson(String type, String kgClass) {
        Set<String> live = liveIds(type);
        assertFalse(live.isEmpty(), "the bundled data has live " + type + " records");
        long inGraph = mapped.count("SELECT (COUNT(DISTINCT ?id) AS ?n) WHERE { ?x a " + kgClass + " ; dct:identifier ?id "
                + "FILTER(REGEX(?id, '^[0-9a-f]{8}-[0-9a-f]{4}-', 'i')) }");
        assertEquals(live.size(), inGraph, type);
    }

    @Test
    void voteCountsPerBesluitAreTheSumsOfTheVotesInTheRawJsonOneSeatPerMemberInARollCall() {
        // Computed here from the raw JSON, apart from the mapper: a fractie's vote counts its FractieGrootte; a
        // member's vote (it names the member: Persoon_Id, an expanded Persoon or SidActorLid; or its besluit is a
        // roll call) counts 1. Newest version of each Stemming by Id; deleted ones do not count.
        Set<String> rollCalls = new HashSet<>();
        raw.stream().filter(r -> r.type().equals("Besluit") && !r.deleted()
                && "Hoofdelijk".equals(r.record().path("StemmingsSoort").asText(null))).forEach(r -> rollCalls.add(r.id().toLowerCase()));
        Map<String, RawOData.Raw> newest = new HashMap<>();
        for (RawOData.Raw r : raw) {
            if (!r.type().equals("Stemming") || r.id() == null) continue;
            newest.merge(r.id(), r, (a, b) -> modified(b).isAfter(modified(a)) ? b : a);
        }
        Map<String, Long> expected = new TreeMap<>();
        Map<String, Long> totals = new TreeMap<>();
        for (RawOData.Raw r : newest.values()) {
            if (r.deleted()) continue;
            String besluit = r.record().path("Besluit_Id").asText(null);
            if (besluit == null && "Besluit".equals(r.parentType())) besluit = r.parentId();
            if (besluit == null || r.record().path("Soort").isNull()) continue;
            boolean member = !r.record().path("Persoon_Id").isMissingNode() && !r.record().path("Persoon_Id").isNull()
                    || r.record().path("Persoon").isObject()
                    || !r.record().path("SidActorLid").isMissingNode() && !r.record().path("SidActorLid").isNull()
                    || rollCalls.contains(besluit.toLowerCase());
            long weight = member ? 1 : r.record().path("FractieGrootte").asLong();
            expected.merge(besluit.toLowerCase() + " " + r.record().get("Soort").asText(), weight, Long::sum);
            totals.merge(besluit.toLowerCase(), weight, Long::sum);
        }
        totals.forEach((besluit, total) -> assertTrue(total <= 150, besluit + ": the raw votes weigh " + total + " seats"));
        assertTrue(totals.get("4d5fa565-cd04-429a-8de9-715a6c2bfdc2") == 70, "the roll call in the bundled page counts its 70 members");
        assertTrue(expected.size() > 10, "the bundled data has votes with a Besluit_Id");

        Map<String, Long> actual = new TreeMap<>();
        for (var s : mapped.select("""
                SELECT ?besluit ?option ?value WHERE {
                  ?event a kg:Stemmingsuitslag ; kg:besluit ?besluit ; opengov:count ?count .
                  ?count opengov:option/skos:prefLabel ?option ; opengov:value ?value .
                  FILTER(LANG(?option) = "nl")
                }""")) {
            String besluit = s.getResource("besluit").getURI().substring((BASE + "/id/besluit/").length());
            actual.put(besluit + " " + s.getLiteral("option").getString(), s.getLiteral("value").getLong());
        }
        assertEquals(expected, actual);
    }

    @Test
    void indienersOfNamedMotionsAreThePersonsTheZaakActorsName() {
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, String> zaakNummer = new HashMap<>();
        raw.stream().filter(r -> r.type().equals("Zaak")).forEach(r -> zaakNummer.put(r.id(), r.record().path("Nummer").asText()));
        for (RawOData.Raw r : raw) {
            if (!r.type().equals("ZaakActor") || r.deleted() || !"Indiener".equals(r.record().path("Relatie").asText())) continue;
            String persoon = r.record().path("Persoon_Id").asText(null);
            if (persoon == null) continue;
            expected.computeIfAbsent(zaakNummer.get(r.record().path("Zaak_Id").asText()), k -> new TreeSet<>()).add(persoon.toLowerCase());
        }
        assertFalse(expected.isEmpty());
        for (var e : expected.entrySet()) {
            Set<String> actual = mapped.select("SELECT ?p WHERE { <" + BASE + "/id/zaak/" + e.getKey() + "> kg:indiener ?p }").stream()
                    .map(s -> s.getResource("p").getURI().substring((BASE + "/id/persoon/").length()))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(e.getValue(), actual, "indieners of " + e.getKey());
        }
        // The motion of singular.besluit.json: Leijten (SP) submitted 2022Z17826, a Persoon of the bundled persons.
        assertEquals(Set.of("e6cc253d-14cb-437b-be88-4966f5fcb1f5"), expected.get("2022Z17826"));
    }

    @Test
    void noTombstonedIdAppearsAsALiveEntity() {
        Set<String> everLive = raw.stream().filter(r -> !r.deleted() && r.id() != null).map(RawOData.Raw::id).collect(Collectors.toSet());
        Set<String> tombstoned = raw.stream().filter(RawOData.Raw::deleted).map(RawOData.Raw::id)
                .filter(id -> !everLive.contains(id)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(tombstoned.size() > 100, "the bundled data has tombstones: " + tombstoned.size());
        assertEquals(tombstoned.size(), mapped.count("SELECT (COUNT(DISTINCT ?id) AS ?n) WHERE { ?t a kg:VerwijderdRecord ; dct:identifier ?id ; prov:invalidatedAtTime ?when }"));
        String values = tombstoned.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(" "));
        long live = mapped.count("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?id { " + values + " } ?x dct:identifier ?id "
                // A tombstone also carries the super-classes of kg:VerwijderdRecord: only a thing that is not one is live.
                + "FILTER NOT EXISTS { ?x a kg:VerwijderdRecord } }");
        assertEquals(0, live);
    }

    @Test
    void aZaakReachedAtTopLevelAndNestedInAStemmingHasOneIri() {
        // 2023Z19619 is expanded inside Stemming → Besluit → Agendapunt → Zaak; its vote links through to the zaak IRI.
        long paths = mapped.count("SELECT (COUNT(*) AS ?n) WHERE { ?vote a kg:Stemming ; kg:besluit/kg:agendapunt/kg:zaak <"
                + BASE + "/id/zaak/2023Z19619> }");
        assertTrue(paths > 0);
        assertEquals(1, mapped.count("SELECT (COUNT(DISTINCT ?z) AS ?n) WHERE { ?z kg:zaaknummer \"2023Z19619\" }"));
    }

    @Test
    void aMotionDocumentIsItsKamerstukWithKstIdentifierAndZaak() {
        var rows = mapped.select("""
                SELECT ?ks ?kst ?appreciatie ?page WHERE {
                  <%1$s/id/document/2025D06779> kg:kamerstuk ?ks ; kg:zaak ?zaak .
                  ?ks a kg:Motie ; dct:identifier ?kst ; rdfs:seeAlso ?page .
                  ?zaak kg:kabinetsappreciatie/skos:prefLabel ?appreciatie .
                  FILTER(STRSTARTS(?kst, "kst-") && LANG(?appreciatie) = "nl")
                }""".formatted(BASE));
        assertEquals(1, rows.size());
        assertEquals(BASE + "/id/kamerstuk/19637-3384", rows.get(0).getResource("ks").getURI());
        assertEquals("kst-19637-3384", rows.get(0).getLiteral("kst").getString());
        assertEquals("https://zoek.officielebekendmakingen.nl/kst-19637-3384.html", rows.get(0).getResource("page").getURI());
        assertEquals("Niet beschikbaar bij gewijzigde moties en/of amendementen", rows.get(0).getLiteral("appreciatie").getString());
    }

    @Test
    void theVoteEventOfAnAdoptedMotionHasItsResult() {
        var rows = mapped.select("""
                SELECT ?result WHERE {
                  ?event kg:besluit <%1$s/id/besluit/6b15c18f-fdc5-4ea4-bee2-a556e94d7682> ; opengov:result/skos:prefLabel ?result .
                  FILTER(LANG(?result) = "nl")
                  <%1$s/id/besluit/6b15c18f-fdc5-4ea4-bee2-a556e94d7682> kg:zaak <%1$s/id/zaak/2022Z17826> ;
                      kg:agendapunt/kg:activiteit <%1$s/id/activiteit/2022A07659> .
                  <%1$s/id/agendapunt/2022P17046> kg:activiteit <%1$s/id/activiteit/2022A07659> .
                }""".formatted(BASE));
        assertEquals(List.of("aangenomen"), rows.stream().map(r -> r.getLiteral("result").getString()).toList());
    }

    @Test
    void theExampleQueryOfDocsMappingGivesTheVotesOnMotion2022Z17826() {
        var rows = mapped.select("""
                SELECT ?result ?option ?votes WHERE {
                  ?besluit kg:zaak <http://localhost:3030/id/zaak/2022Z17826> .
                  ?event kg:besluit ?besluit ; opengov:result/skos:prefLabel ?result ;
                         opengov:count [ opengov:option/skos:prefLabel ?option ; opengov:value ?votes ] .
                  FILTER(LANG(?result) = "nl" && LANG(?option) = "nl")
                } ORDER BY ?option""");
        assertEquals(List.of("aangenomen Tegen 62", "aangenomen Voor 88"), rows.stream()
                .map(r -> r.getLiteral("result").getString() + " " + r.getLiteral("option").getString() + " " + r.getLiteral("votes").getLong())
                .toList());
    }

    @Test
    void everyRecordGraphCarriesItsSourceAndEveryLiveEntityALabel() {
        assertEquals(0, mapped.count("""
                SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x dct:identifier ?id } FILTER(STRSTARTS(STR(?g), "http://localhost:3030/graph/odata-"))
                  FILTER NOT EXISTS { GRAPH ?g { ?g a kg:Bronrecord ; dct:source ?src } } }"""));
        assertEquals(0, mapped.count("""
                SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x dct:identifier ?id ; a ?t . FILTER NOT EXISTS { ?x a kg:VerwijderdRecord }
                  FILTER NOT EXISTS { ?x rdfs:label ?l } }"""));
    }

    // slow: parses all of data/tk-opendata's output with Rio; every SourceMapperContract suite has Rio read
    // its format's output in the quick loop.
    @Tag("slow")
    @Test
    void outputParsesWithRdf4jRioToTheSameQuadsAsJena() throws Exception {
        Model model = Rio.parse(new ByteArrayInputStream(mapped.nquads), BASE, RDFFormat.NQUADS);
        assertEquals(mapped.quads(), model.size());
    }

    // slow: maps data/tk-opendata a second time; DocumentBodyOutputTest keeps byte-identical output covered
    // in the quick loop.
    @Tag("slow")
    @Test
    void theSameInputGivesByteIdenticalOutput() throws Exception {
        assertArrayEquals(mapped.nquads, MappedData.of(folder).nquads);
    }

    private Set<String> liveIds(String type) {
        Set<String> deleted = raw.stream().filter(r -> r.type().equals(type) && r.deleted()).map(RawOData.Raw::id).collect(Collectors.toSet());
        return raw.stream().filter(r -> r.type().equals(type) && !r.deleted() && r.id() != null)
                .map(r -> r.id().toLowerCase()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static OffsetDateTime modified(RawOData.Raw r) {
        String s = r.record().path("ApiGewijzigdOp").asText(null);
        return s == null ? OffsetDateTime.MIN : OffsetDateTime.parse(s);
    }
}
