package nl.kamergraaf.mapper.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.spi.PageRecord;
import nl.kamergraaf.mapper.spi.PublicNumbers;
import nl.kamergraaf.mapper.spi.RecordGraph;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.ShapeValidator;
import nl.kamergraaf.vocab.Vocab;

/**
 * The record mapping sync uses, on the real besluit of data/tk-opendata/besluit/singular.besluit.json (expanded with
 * its zaak, stemmingen and agendapunt 2022P17046): a synced graph is the full map's graph of the same record, the
 * number behind a GUID comes from what the store knows unless the page says otherwise, and expansions are ignored: a
 * full map writes what they add in the record's expansion graph, which sync leaves alone.
 */
class ODataRecordGraphMapperTest {
    private static final String BASE = "http://localhost:3030";
    private static final String AGENDAPUNT = "b5a2b2ce-800c-4f0d-846c-2f2a192543b5";
    private static final Node NUMBERED_AGENDAPUNT = NodeFactory.createURI(BASE + "/id/agendapunt/2022P17046");
    private static final Node GUID_AGENDAPUNT = NodeFactory.createURI(BASE + "/id/agendapunt/" + AGENDAPUNT);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final UriMinter uris = new UriMinter(BASE);
    private static final PublicNumbers NOTHING = (type, guid) -> Optional.empty();
    /** A store that knows agendapunt 2022P17046 by its GUID. */
    private final PublicNumbers storeKnowingTheAgendapunt = (type, guid) ->
            "Agendapunt".equals(type) && AGENDAPUNT.equals(guid) ? Optional.of("2022P17046") : Optional.empty();

    @Test
    void theGraphOfARecordIsWhatAFullMapOfThatRecordGivesApartFromItsSource() throws Exception {
        ObjectNode flat = besluitWithoutExpansions();
        Path file = dir.resolve("besluit").resolve("Besluit.json");
        Files.createDirectories(file.getParent());
        Files.write(file, JSON.writeValueAsBytes(JSON.createObjectNode().set("value", JSON.createArrayNode().add(flat))));
        List<Quad> fullMap = new ArrayList<>();
        KamergraafMapper.create().base(BASE).source(file).build().map(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                fullMap.add(q);
            }
        });

        RecordGraph synced = new ODataRecordGraphMapper(uris, NOTHING, NOTHING)
                .map("Besluit", flat, "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Besluit(" + flat.get("Id").asText() + ")");

        Set<Quad> expected = withoutSource(fullMap.stream().filter(q -> q.getGraph().equals(synced.graph())).toList());
        assertFalse(expected.isEmpty());
        assertEquals(expected, withoutSource(synced.quads()));
        // the alignment is materialised as in a full map: the besluit's kg: type and its standard super-types
        assertTrue(synced.quads().stream().anyMatch(q -> q.getObject().equals(KG.Besluit)));
        assertTrue(synced.quads().stream().filter(q -> q.getSubject().equals(synced.subject())).count()
                > synced.quads().stream().filter(q -> q.getSubject().equals(synced.subject()) && q.getPredicate().getURI().startsWith(KG.NS)).count());
    }

    @Test
    void aThingNamedByGuidGetsTheNumberTheStoreKnows() throws Exception {
        RecordGraph g = new ODataRecordGraphMapper(uris, storeKnowingTheAgendapunt, storeKnowingTheAgendapunt).map("Besluit", besluitWithoutExpansions(), "test");
        assertTrue(g.quads().contains(Quad.create(g.graph(), g.subject(), KG.agendapunt, NUMBERED_AGENDAPUNT)), g.quads()::toString);
    }

    @Test
    void aRecordOnThePageOutranksWhatTheStoreKnows() throws Exception {
        ODataRecordGraphMapper mapper = new ODataRecordGraphMapper(uris, storeKnowingTheAgendapunt, storeKnowingTheAgendapunt);
        // the agendapunt is deleted on this page: a link to it goes to its GUID IRI, as in a full map of the final state
        ObjectNode tombstone = JSON.createObjectNode().put("Id", AGENDAPUNT).putNull("Nummer").put("Verwijderd", true)
                .put("GewijzigdOp", "2025-11-05T08:05:00+01:00").put("ApiGewijzigdOp", "2025-11-05T07:05:01.1Z");
        ObjectNode besluit = besluitWithoutExpansions();
        mapper.startPage(List.of(new PageRecord("Agendapunt", tombstone), new PageRecord("Besluit", besluit)));

        RecordGraph b = mapper.map("Besluit", besluit, "test");
        RecordGraph a = mapper.map("Agendapunt", tombstone, "test");

        assertTrue(b.quads().contains(Quad.create(b.graph(), b.subject(), KG.agendapunt, GUID_AGENDAPUNT)), b.quads()::toString);
        assertTrue(a.deleted());
        assertEquals(GUID_AGENDAPUNT, a.subject());
        // the next page starts afresh: the store's knowledge counts again
        mapper.startPage(List.of());
        RecordGraph later = mapper.map("Besluit", besluit, "test");
        assertTrue(later.quads().contains(Quad.create(later.graph(), later.subject(), KG.agendapunt, NUMBERED_AGENDAPUNT)));
    }

    @Test
    void aDeletedRecordIsATombstoneAtItsGuidAndAtTheNumberTheStoreKnewItByWhileLinksStayAtTheGuid() throws Exception {
        // the store's graph of the agendapunt still says 2022P17046 when the page deleting it is mapped
        ODataRecordGraphMapper mapper = new ODataRecordGraphMapper(uris, storeKnowingTheAgendapunt, storeKnowingTheAgendapunt);
        ObjectNode besluit = besluitWithoutExpansions();
        mapper.startPage(List.of(new PageRecord("Agendapunt", deletedAgendapunt()), new PageRecord("Besluit", besluit)));

        RecordGraph a = mapper.map("Agendapunt", deletedAgendapunt(), "test");
        RecordGraph b = mapper.map("Besluit", besluit, "test");

        Graph g = GraphFactory.createDefaultGraph();
        a.quads().forEach(q -> g.add(q.asTriple()));
        for (Node tombstone : List.of(GUID_AGENDAPUNT, NUMBERED_AGENDAPUNT)) {
            assertTrue(g.contains(tombstone, RDF.type.asNode(), KG.VerwijderdRecord), tombstone + " is a tombstone");
            assertTrue(g.contains(tombstone, Vocab.PROV_invalidatedAtTime, Node.ANY));
            assertTrue(g.contains(tombstone, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(AGENDAPUNT)));
        }
        assertTrue(g.contains(NUMBERED_AGENDAPUNT, OWL.sameAs.asNode(), GUID_AGENDAPUNT));
        assertEquals(GUID_AGENDAPUNT, a.subject(), "the change feed names the tombstone by its GUID IRI");
        assertEquals(List.of(), ShapeValidator.ofOntology().validate(g), "the tombstone shape accepts both");
        // a link to the deleted agendapunt goes where a full map of the final state sends it: the GUID IRI
        assertTrue(b.quads().contains(Quad.create(b.graph(), b.subject(), KG.agendapunt, GUID_AGENDAPUNT)), b.quads()::toString);
    }

    @Test
    void aDeletedRecordWhoseNumberNobodyKnowsIsATombstoneAtItsGuidOnly() throws Exception {
        ODataRecordGraphMapper mapper = new ODataRecordGraphMapper(uris, NOTHING, NOTHING);
        mapper.startPage(List.of(new PageRecord("Agendapunt", deletedAgendapunt())));

        RecordGraph a = mapper.map("Agendapunt", deletedAgendapunt(), "test");

        assertEquals(Set.of(GUID_AGENDAPUNT, a.graph()), a.quads().stream().map(Quad::getSubject).collect(Collectors.toSet()));
    }

    @Test
    void aNumberAnEarlierEntryOfThePageStatesNamesTheTombstoneOfALaterOne() throws Exception {
        // a SyncFeed page may carry a record and, further on, its deletion; the store never had it
        ODataRecordGraphMapper mapper = new ODataRecordGraphMapper(uris, NOTHING, NOTHING);
        ObjectNode live = JSON.createObjectNode().put("Id", AGENDAPUNT).put("Nummer", "2022P17046").put("Verwijderd", false);
        mapper.startPage(List.of(new PageRecord("Agendapunt", live), new PageRecord("Agendapunt", deletedAgendapunt())));

        RecordGraph a = mapper.map("Agendapunt", deletedAgendapunt(), "test");

        assertTrue(a.quads().contains(Quad.create(a.graph(), NUMBERED_AGENDAPUNT, OWL.sameAs.asNode(), GUID_AGENDAPUNT)), a.quads()::toString);
    }

    @Test
    void expansionsInADeltaRecordAreIgnored() throws Exception {
        ObjectNode expanded = (ObjectNode) JSON.readTree(besluitFile().toFile());
        expanded.remove("@odata.context");
        ODataRecordGraphMapper mapper = new ODataRecordGraphMapper(uris, storeKnowingTheAgendapunt, storeKnowingTheAgendapunt);

        RecordGraph fromExpanded = mapper.map("Besluit", expanded, "test");
        RecordGraph fromFlat = mapper.map("Besluit", besluitWithoutExpansions(), "test");

        assertEquals(new HashSet<>(fromFlat.quads()), new HashSet<>(fromExpanded.quads()));
        assertTrue(expanded.has("Stemming") && expanded.has("Zaak"), "the input really is expanded");
    }

    /** Agendapunt 2022P17046 as the API gives it once deleted: every field null but Id. */
    private static ObjectNode deletedAgendapunt() {
        return JSON.createObjectNode().put("Id", AGENDAPUNT).putNull("Nummer").put("Verwijderd", true)
                .put("GewijzigdOp", "2025-11-05T08:05:00+01:00").put("ApiGewijzigdOp", "2025-11-05T07:05:01.1Z");
    }

    @Test
    void aFullMapOfAnExpandedRecordWritesTheGraphSyncWritesAndWhatTheExpansionAddsInAGraphBesideIt() throws Exception {
        List<Quad> fullMap = new ArrayList<>();
        KamergraafMapper.create().base(BASE).source(besluitFile()).build().map(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                fullMap.add(q);
            }
        });
        ObjectNode expanded = (ObjectNode) JSON.readTree(besluitFile().toFile());
        RecordGraph synced = new ODataRecordGraphMapper(uris, storeKnowingTheAgendapunt, storeKnowingTheAgendapunt).map("Besluit", expanded, "test");

        Set<Quad> record = withoutSource(fullMap.stream().filter(q -> q.getGraph().equals(synced.graph())).toList());
        assertEquals(withoutSource(synced.quads()), record);
        Node expansion = UriMinter.expansionGraph(synced.graph());
        assertEquals(BASE + "/graph/odata-besluit/6b15c18f-fdc5-4ea4-bee2-a556e94d7682/expansion", expansion.getURI());
        Set<Triple> added = new HashSet<>();
        fullMap.stream().filter(q -> q.getGraph().equals(expansion)).forEach(q -> added.add(q.asTriple()));
        // Besluit → Zaak has no foreign key: only the expansion says it; so do the 20 nested votes (Besluit → Stemming)
        assertTrue(added.contains(Triple.create(synced.subject(), KG.zaak, NodeFactory.createURI(BASE + "/id/zaak/2022Z17826"))), added::toString);
        assertEquals(20, added.stream().filter(t -> t.getPredicate().equals(KG.besluit) && t.getObject().equals(synced.subject())).count());
        // the expansion graph is a source record graph of its own (its source is the file), and repeats nothing of the record's
        assertTrue(added.contains(Triple.create(expansion, DCTerms.source.asNode(), NodeFactory.createLiteralString("besluit/singular.besluit.json"))),
                added::toString);
        for (Quad q : record) {
            if (!q.getSubject().equals(synced.graph())) assertFalse(added.contains(q.asTriple()), q::toString);
        }
    }

    private static Set<Quad> withoutSource(List<Quad> quads) {
        Set<Quad> out = new HashSet<>();
        for (Quad q : quads) if (!q.getPredicate().equals(DCTerms.source.asNode())) out.add(q);
        return out;
    }

    private static Path besluitFile() {
        return ProjectFiles.dataDir().resolve("tk-opendata/besluit/singular.besluit.json");
    }

    /** The besluit as the OData API gives it without $expand. */
    private static ObjectNode besluitWithoutExpansions() throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(besluitFile().toFile());
        r.remove(List.of("@odata.context", "Zaak", "Stemming", "Agendapunt"));
        return r;
    }
}
