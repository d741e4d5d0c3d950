package nl.kamergraaf.server.replica;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.store.SwitchableDataset;
import nl.kamergraaf.store.sync.ChangeEntry;
import nl.kamergraaf.store.sync.FullTextSyncHook;
import nl.kamergraaf.store.sync.SyncHook;

/**
 * Applies a page of the primary's changes to the replica's live build: each changed record graph is fetched from the
 * primary as it now is and replaces the replica's copy (a graph the primary no longer holds is dropped; a deleted
 * record takes its expansion graph along, as on the primary). All graphs of a page are fetched first and written in
 * one transaction, so a reader sees a page whole or not at all; then the full-text index follows, as after a sync.
 * No mapping happens here: the replica holds exactly the primary's quads.
 */
final class GraphReplacer {
    private static final Logger LOG = LoggerFactory.getLogger(GraphReplacer.class);

    private final Primary primary;
    private final SwitchableDataset live;
    private final SyncHook textIndex = new FullTextSyncHook();

    GraphReplacer(Primary primary, SwitchableDataset live) {
        this.primary = primary;
        this.live = live;
    }

    /** Applies the changes in order, returns how many graphs were written. */
    int apply(List<Change> changes) throws IOException {
        if (changes.isEmpty()) return 0;
        // The last change of a graph in the page wins: its content is fetched once, as the primary holds it now.
        Map<String, Change> byGraph = new LinkedHashMap<>();
        for (Change c : changes) {
            Change earlier = byGraph.remove(c.graph());
            // deleted and then back in one page: the expansion went with the deletion, on the primary too
            byGraph.put(c.graph(), earlier != null && earlier.deleted() ? new Change(c.seq(), c.iri(), c.graph(), true) : c);
        }
        Map<Change, List<Quad>> content = new LinkedHashMap<>();
        for (Change c : byGraph.values()) content.put(c, fetch(c.graph()));
        try (SwitchableDataset.Pinned build = live.pin()) {
            DatasetGraph dsg = build.dataset();
            Set<Node> subjects = new HashSet<>();
            Txn.executeWrite(dsg, () -> content.forEach((c, quads) -> replace(dsg, c, quads, subjects)));
            List<ChangeEntry> entries = new ArrayList<>();
            for (Change c : byGraph.values()) {
                entries.add(new ChangeEntry(c.seq(), Instant.now(), c.deleted() ? ChangeEntry.Kind.DELETED : ChangeEntry.Kind.CHANGED,
                        c.iri(), c.graph(), ""));
            }
            textIndex.committed(dsg, entries, subjects);
        }
        LOG.debug("Applied {} change(s) to {} graph(s), up to {}", changes.size(), byGraph.size(), changes.get(changes.size() - 1).seq());
        return byGraph.size();
    }

    private List<Quad> fetch(String graph) throws IOException {
        Optional<byte[]> nquads = primary.graph(graph);
        List<Quad> quads = new ArrayList<>();
        if (nquads.isEmpty()) return quads;
        Node name = NodeFactory.createURI(graph);
        try {
            RDFParser.source(new ByteArrayInputStream(nquads.get())).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (!name.equals(quad.getGraph())) {
                        throw new IllegalStateException("a quad in graph " + quad.getGraph() + ", not in " + graph);
                    }
                    quads.add(quad);
                }
            });
        } catch (RuntimeException e) {
            throw new IOException("The primary's content of graph " + graph + " cannot be used: " + e.getMessage(), e);
        }
        return quads;
    }

    private static void replace(DatasetGraph dsg, Change c, List<Quad> quads, Set<Node> subjects) {
        Node graph = NodeFactory.createURI(c.graph());
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> subjects.add(q.getSubject()));
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        for (Quad q : quads) {
            dsg.add(q);
            subjects.add(q.getSubject());
        }
        if (c.deleted()) {
            Node expansion = UriMinter.expansionGraph(graph);
            dsg.find(expansion, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> subjects.add(q.getSubject()));
            dsg.deleteAny(expansion, Node.ANY, Node.ANY, Node.ANY);
        }
    }
}
