package nl.kamergraaf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLoaderTest {
    @TempDir
    Path dir;

    private static Quad quad(int i) {
        return Quad.create(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s" + i),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("v" + i));
    }

    private static long count(Path build) {
        DatasetGraph dsg = KamergraafDataset.open(build);
        try {
            return Txn.calculateRead(dsg, () -> dsg.stream().count());
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void aLoadThatFailsHalfwayLeavesThePreviousStoreLiveAndComplete() throws Exception {
        StoreDirectory store = new StoreDirectory(dir);
        StoreLoader loader = new StoreLoader(store);
        loader.load(out -> { for (int i = 0; i < 100; i++) out.quad(quad(i)); });
        Path live = store.current().orElseThrow();

        IOException e = assertThrows(IOException.class, () -> loader.load(out -> {
            for (int i = 0; i < 50; i++) out.quad(quad(1000 + i));
            throw new IOException("source went away");
        }));
        assertEquals("source went away", e.getMessage());
        assertEquals(live, store.current().orElseThrow());
        assertEquals(100, count(live));
        try (Stream<Path> builds = Files.list(dir.resolve("builds"))) {
            assertTrue(builds.noneMatch(p -> p.getFileName().toString().endsWith("-partial")), "the partial build is removed");
        }
    }

    @Test
    void aCompletedLoadBecomesLiveAndTheBuildBeforeItIsKept() throws Exception {
        StoreDirectory store = new StoreDirectory(dir);
        StoreLoader loader = new StoreLoader(store);
        loader.load(out -> out.quad(quad(1)));
        Path first = store.current().orElseThrow();
        loader.load(out -> { out.quad(quad(1)); out.quad(quad(2)); });
        Path second = store.current().orElseThrow();
        assertTrue(!first.equals(second));
        assertEquals(2, count(second));
        assertTrue(Files.isDirectory(first), "the previous build stays for a server that still reads it");
    }

    @Test
    void anAbandonedPartialBuildIsRemovedByTheNextLoad() throws Exception {
        Path stale = Files.createDirectories(dir.resolve("builds/20200101T000000Z-dead-partial"));
        Files.writeString(stale.resolve("junk"), "x");
        new StoreLoader(new StoreDirectory(dir)).load(out -> out.quad(quad(1)));
        assertTrue(Files.notExists(stale));
    }

    @Test
    void aLiteralStatedByManyRecordsIsOneFullTextHit() throws Exception {
        StoreDirectory store = new StoreDirectory(dir);
        var label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        var person = NodeFactory.createURI("http://example.org/persoon/1");
        new StoreLoader(store).load(out -> {
            for (int g = 0; g < 3; g++) {
                out.quad(Quad.create(NodeFactory.createURI("http://example.org/graph/" + g), person, label,
                        NodeFactory.createLiteralLang("Minister van Economische Zaken", "nl")));
            }
        });
        DatasetGraph dsg = KamergraafDataset.openCurrentWithTextIndex(store);
        try {
            long hits = Txn.calculateRead(dsg, () -> {
                try (var qe = org.apache.jena.query.QueryExecutionFactory.create(
                        "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?lit { (?s ?score ?lit) text:query 'economische' }",
                        org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                    var rs = qe.execSelect();
                    long n = 0;
                    while (rs.hasNext()) {
                        assertEquals(person, rs.next().getResource("s").asNode());
                        n++;
                    }
                    return n;
                }
            });
            assertEquals(1, hits, "three records state the label; the index holds it once");
        } finally {
            KamergraafDataset.close(dsg);
        }
    }

    @Test
    void aRecordWrittenThroughTheServedDatasetIsFoundByFullTextSearch() throws Exception {
        StoreDirectory store = new StoreDirectory(dir);
        new StoreLoader(store).load(out -> out.quad(quad(1)));
        var titel = NodeFactory.createURI("https://w3id.org/kamergraaf/def#titel");
        var doc = NodeFactory.createURI("http://example.org/id/document/nieuw");
        String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'kernfusiecentrales' }";
        DatasetGraph dsg = KamergraafDataset.openCurrentWithTextIndex(store);
        try {
            assertEquals(0, hits(dsg, search));
            Txn.executeWrite(dsg, () -> dsg.add(Quad.create(NodeFactory.createURI("http://example.org/graph/nieuw"), doc, titel,
                    NodeFactory.createLiteralLang("Over kernfusiecentrales", "nl"))));
            assertEquals(1, hits(dsg, search), "a record added in place (as a sync does) is indexed");
        } finally {
            KamergraafDataset.close(dsg);
        }
    }

    private static long hits(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(query, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                var rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }
}
