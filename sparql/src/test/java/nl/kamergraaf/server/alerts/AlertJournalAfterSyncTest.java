package nl.kamergraaf.server.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.server.alerts.AlertEntry;
import nl.kamergraaf.server.alerts.AlertJournal;
import nl.kamergraaf.store.sync.SyncFixture;
import nl.kamergraaf.store.sync.SyncReport;

/**
 * The journal a whole sync of the replaying API leaves (real Tweede Kamer records: zaken, documents, an activity,
 * a besluit, votes): each vote's fractie has a feed with that vote in it, exactly the fracties the store says voted,
 * and every change of the change log is in the journal once.
 */
class AlertJournalAfterSyncTest {
    @TempDir
    Path dir;
    SyncFixture f;

    @AfterEach
    void close() {
        if (f != null) f.close();
    }

    @Test
    void everyChangeIsJournalledOnceAndEachVoteIsInTheFeedOfTheFractieItNames() throws Exception {
        f = new SyncFixture(dir);
        SyncReport report = f.sync(ServerAssembly.syncHooks()).run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));
        assertTrue(report.error().isEmpty(), () -> report.error().get());
        AlertJournal journal = AlertJournal.of(f.build);

        int changes = f.sync(ServerAssembly.syncHooks()).changeLog().entries().size();
        assertEquals(changes, journal.tail(10_000).size(), "one entry per change-log line");
        assertEquals(changes, journal.lastSeq());

        Set<String> votingFracties = Txn.calculateRead(f.dataset, () -> {
            Set<String> out = new TreeSet<>();
            try (var qe = QueryExecutionFactory.create(SyncFixture.PREFIXES
                    + "SELECT DISTINCT ?f { ?vote a kg:Stemming ; ?by ?f . ?f a kg:Fractie }", DatasetImpl.wrap(f.dataset))) {
                qe.execSelect().forEachRemaining(r -> out.add("fractie/" + r.getResource("f").getURI().replaceFirst(".*/id/fractie/", "")));
            }
            return out;
        });
        assertFalse(votingFracties.isEmpty());
        Set<String> fractieFeeds = new TreeSet<>();
        for (String feed : journal.feeds()) if (feed.startsWith("fractie/")) fractieFeeds.add(feed);
        // a fractie whose votes were all deleted later still has its feed (with the deletions), so: at least these
        assertTrue(fractieFeeds.containsAll(votingFracties), () -> "feeds " + fractieFeeds + " lack some of " + votingFracties);
        for (String feed : votingFracties) {
            String guid = feed.substring("fractie/".length());
            boolean hasALiveVote = journal.latest(feed, 500).stream().anyMatch(e -> e.kind() == AlertEntry.Kind.NEW
                    && ask("ASK { <" + e.iri() + "> a kg:Stemming ; ?by <" + SyncFixture.BASE + "/id/fractie/" + guid + "> }"));
            assertTrue(hasALiveVote, feed);
        }
    }

    private boolean ask(String query) {
        return Txn.calculateRead(f.dataset, () -> {
            try (var qe = QueryExecutionFactory.create(SyncFixture.PREFIXES + query, DatasetImpl.wrap(f.dataset))) {
                return qe.execAsk();
            }
        });
    }
}
