package nl.kamergraaf.server.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved query's rows: a baseline first, then each new row and each vanished row once. */
class SavedQueryAlertsTest {
    private static final String KG = "https://w3id.org/kamergraaf/def#";
    @TempDir
    Path store;

    private static Quad zaak(String nummer) {
        return Quad.create(NodeFactory.createURI("http://localhost:3030/graph/odata-zaak/" + nummer),
                NodeFactory.createURI("http://localhost:3030/id/zaak/" + nummer), NodeFactory.createURI(KG + "zaaknummer"),
                NodeFactory.createLiteralString(nummer));
    }

    @Test
    void aRowIsNewOnceAndAVanishedRowIsADeletionAndAnEditedQueryTakesANewBaseline() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> { dsg.add(zaak("2024Z16273")); dsg.add(zaak("2024Z15510")); });
        Files.createDirectories(store.resolve("alerts"));
        Path file = store.resolve("alerts/zaken.rq");
        Files.writeString(file, "SELECT ?zaak ?nummer { GRAPH ?g { ?zaak <" + KG + "zaaknummer> ?nummer } }");
        AlertJournal journal = AlertJournal.of(store.resolve("builds/b1"));
        List<SavedQuery> queries = SavedQuery.all(store);

        assertEquals(List.of(), AlertSyncHook.savedQueryEntries(dsg, journal, queries), "the first look is the baseline");
        Txn.executeWrite(dsg, () -> { dsg.delete(zaak("2024Z15510")); dsg.add(zaak("2025Z18277")); });
        List<AlertEntry> entries = AlertSyncHook.savedQueryEntries(dsg, journal, queries);
        assertEquals(List.of(AlertEntry.Kind.DELETED, AlertEntry.Kind.NEW), entries.stream().map(AlertEntry::kind).toList());
        assertEquals("http://localhost:3030/id/zaak/2024Z15510", entries.get(0).iri());
        assertEquals("2024Z15510", entries.get(0).title(), "a vanished row still says what it was");
        assertEquals("http://localhost:3030/id/zaak/2025Z18277", entries.get(1).iri());
        assertEquals(List.of("query/zaken"), entries.get(1).feeds());
        assertEquals(List.of(), AlertSyncHook.savedQueryEntries(dsg, journal, queries), "each row once");

        Files.writeString(file, "SELECT ?zaak { GRAPH ?g { ?zaak <" + KG + "zaaknummer> ?nummer } }");
        assertEquals(List.of(), AlertSyncHook.savedQueryEntries(dsg, journal, SavedQuery.all(store)), "edited: a new baseline");
    }

    @Test
    void aQueryThatIsNotASelectOrBadlyNamedIsLeftOutAndTheOthersStay() throws Exception {
        Files.createDirectories(store.resolve("alerts"));
        Files.writeString(store.resolve("alerts/goed.rq"), "SELECT * { ?s ?p ?o }");
        Files.writeString(store.resolve("alerts/ask.rq"), "ASK { ?s ?p ?o }");
        Files.writeString(store.resolve("alerts/kapot.rq"), "SELECT * { ?s ?p ");
        Files.writeString(store.resolve("alerts/dossier.rq"), "SELECT * { ?s ?p ?o }");
        assertEquals(List.of("goed"), SavedQuery.all(store).stream().map(SavedQuery::name).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SavedQuery.find(store, "kapot"));
        assertTrue(e.getMessage().contains("kapot.rq: not valid SPARQL"), e.getMessage());
        assertTrue(SavedQuery.find(store, "dossier").isEmpty(), "a ready-made feed's name is not a saved query's");
    }
}
