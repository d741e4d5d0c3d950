package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.LiveServerFixture;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;
import nl.kamergraaf.store.SwitchableDataset;

/** The per-transaction pinning of {@link SwitchableDataset}, step by step on real TDB2 builds. */
class SwitchableDatasetTest {
    private static final Node THING = NodeFactory.createURI("http://localhost:3030/id/document/S1");
    private static final Node IDENTIFIER = NodeFactory.createURI("http://purl.org/dc/terms/identifier");

    @TempDir
    Path dir;

    private Path version(String value) throws Exception {
        Path file = dir.resolve(value + ".nq");
        Files.writeString(file, "<" + THING.getURI() + "> <" + IDENTIFIER.getURI() + "> \"" + value + "\" <http://localhost:3030/graph/test/S1> .\n",
                StandardCharsets.UTF_8);
        return file;
    }

    /** Loads the "old" version as the store's first build, and returns that build. */
    private Path firstBuild(StoreDirectory store, StoreLoader loader) throws Exception {
        loader.loadFiles(List.of(version("old")));
        return store.current().orElseThrow();
    }

    private static String value(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.getUnionGraph().find(THING, IDENTIFIER, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void aTransactionBegunBeforeTheSwitchEndsOnTheOldBuildWhichIsThenClosedAndRemoved() throws Exception {
        StoreDirectory store = new StoreDirectory(dir.resolve("store"));
        StoreLoader loader = new StoreLoader(store);
        Path oldBuild = firstBuild(store, loader);
        try (SwitchableDataset live = SwitchableDataset.openCurrent(store)) {
            live.begin(ReadWrite.READ);
            assertEquals("old", value(live));

            // A second load while the old build is read: it keeps the build this process has open.
            loader.loadFiles(List.of(version("new")));
            loader.loadFiles(List.of(version("newer")));
            assertTrue(Files.isDirectory(oldBuild), "a load does not remove a build a process has open");
            Path newest = store.current().orElseThrow();
            live.switchTo(newest);

            // Another thread (another request) begins after the switch: it sees the new build.
            assertEquals("newer", CompletableFuture.supplyAsync(() -> value(live)).get());
            // The transaction begun before the switch still reads the old build, whole.
            assertEquals("old", value(live));
            assertTrue(Files.isDirectory(oldBuild), "the old build stays while a transaction uses it");
            live.end();

            LiveServerFixture.awaitCondition("the old build is closed and removed", 600, 50, () -> !Files.exists(oldBuild));
            assertEquals("newer", value(live));
            assertEquals(newest, live.currentBuild());
        }
    }

    @Test
    void aPinnedBuildOutlivesTheSwitchUntilItIsLetGo() throws Exception {
        StoreDirectory store = new StoreDirectory(dir.resolve("store"));
        StoreLoader loader = new StoreLoader(store);
        Path oldBuild = firstBuild(store, loader);
        try (SwitchableDataset live = SwitchableDataset.openCurrent(store)) {
            SwitchableDataset.Pinned pinned = live.pin();
            loader.loadFiles(List.of(version("new")));
            live.switchTo(store.current().orElseThrow());
            assertEquals("new", value(live));
            assertEquals(oldBuild, pinned.build());
            assertEquals("old", value(pinned.dataset()), "several transactions on the pinned build all see it");
            assertEquals("old", value(pinned.dataset()));
            pinned.close();
            LiveServerFixture.awaitCondition("the old build is closed and removed", 600, 50, () -> !Files.exists(oldBuild));
            assertFalse(live.isInTransaction());
        }
    }
}
