package nl.kamergraaf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction by copy: the copy holds the same quads and a full-text index of exactly its own words, carries the
 * build's state beside the database, and never replaces a build that went live during the copy.
 */
class BuildCompactorTest {
    private static final Node LABEL = RDFS.label.asNode();

    @TempDir
    Path dir;

    @Test
    void theCopyHoldsTheSameQuadsAndIndexesTheWordsOfTheDataAsItIsNotAsItWasLoaded() throws Exception {
        StoreDirectory store = new StoreDirectory(dir.resolve("store"));
        new StoreLoader(store).load(out -> {
            out.quad(quad("a", "x", "halfgeleiders in Eindhoven"));
            out.quad(quad("b", "y", "stikstof en landbouw"));
        });
        Path build = store.current().orElseThrow();
        Files.createDirectories(build.resolve("sync"));
        Files.writeString(build.resolve("sync").resolve("position.json"), "{\"Zaak\":\"41002021\"}");
        Set<Quad> expected;
        DatasetGraph live = KamergraafDataset.openWithTextIndex(build);
        BuildCompactor.Compaction compaction;
        try {
            // what a sync does: the text dataset follows each change
            Txn.executeWrite(live, () -> {
                live.delete(quad("b", "y", "stikstof en landbouw"));
                live.add(quad("c", "z", "chipsfabriek in Veldhoven"));
                for (int i = 0; i < 200; i++) live.add(quad("g" + i, "s" + i, "tijdelijk " + i));
            });
            Txn.executeWrite(live, () -> {
                for (int i = 0; i < 200; i++) live.delete(quad("g" + i, "s" + i, "tijdelijk " + i));
            });
            expected = quads(live);
            compaction = new BuildCompactor(store).compact(build, live).orElseThrow();
        } finally {
            KamergraafDataset.close(live);
        }

        assertNotEquals(build, compaction.to());
        assertEquals(Optional.of(compaction.to()), store.current(), "the copy went live");
        assertTrue(BuildCompactor.isCompaction(compaction.to()));
        assertEquals(expected.size(), compaction.quads());
        assertEquals("{\"Zaak\":\"41002021\"}", Files.readString(compaction.to().resolve("sync").resolve("position.json")),
                "the sync position goes with the data");
        DatasetGraph copy = KamergraafDataset.openWithTextIndex(compaction.to());
        try {
            assertEquals(expected, quads(copy));
            assertEquals(Set.of("http://example.org/id/c"), textHits(copy, "chipsfabriek"), "a word added after the load is found");
            assertEquals(Set.of(), textHits(copy, "stikstof"), "a word deleted after the load is not");
            assertEquals(Set.of(), textHits(copy, "tijdelijk"));
            assertEquals(Set.of("http://example.org/id/a"), textHits(copy, "halfgeleider*"));
        } finally {
            KamergraafDataset.close(copy);
        }
    }

    @Test
    void aCopyIsDroppedWhenALoadMadeAnotherBuildLiveMeanwhile() throws Exception {
        StoreDirectory store = new StoreDirectory(dir.resolve("store"));
        new StoreLoader(store).load(out -> out.quad(quad("a", "x", "oud")));
        Path old = store.current().orElseThrow();
        DatasetGraph live = KamergraafDataset.open(old);
        try {
            Path newer = new StoreLoader(store).load(out -> out.quad(quad("b", "y", "nieuw"))).build();
            assertFalse(new BuildCompactor(store).compact(old, live).isPresent());
            assertEquals(Optional.of(newer), store.current(), "the newer load stays live");
        } finally {
            KamergraafDataset.close(live);
        }
        try (var builds = Files.list(store.root().resolve("builds"))) {
            assertTrue(builds.noneMatch(b -> b.getFileName().toString().endsWith("-partial")), "the dropped copy is removed");
        }
    }

    private static Quad quad(String graph, String subject, String label) {
        return Quad.create(NodeFactory.createURI("http://example.org/graph/" + graph), NodeFactory.createURI("http://example.org/id/"
                + graph), LABEL, NodeFactory.createLiteralLang(label + " " + subject, "nl"));
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    private static Set<String> textHits(DatasetGraph dsg, String word) {
        String q = "SELECT ?s { ?s <http://jena.apache.org/text#query> '" + word + "' }";
        return Txn.calculateRead(dsg, () -> {
            Set<String> hits = new TreeSet<>();
            try (var qe = QueryExecutionFactory.create(q, DatasetImpl.wrap(dsg))) {
                qe.execSelect().forEachRemaining(s -> hits.add(s.getResource("s").getURI()));
            }
            return hits;
        });
    }
}
