package nl.kamergraaf.store.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.store.FullTextIndex;

/**
 * Keeps the full-text index in step with sync: for every subject a changed graph held before or after the batch,
 * its index entries are dropped and made again from what the store now says about it (union of all graphs, one
 * entry per literal, as the index is built at load). Writing through the text dataset alone would not do: the index
 * has no per-triple ids, so jena-text cannot remove an old onderwerp when a record changes, and a literal that one
 * graph drops may still be stated by another.
 * <p>
 * Acts when sync writes through a dataset with the build's index attached
 * ({@code KamergraafDataset.openWithTextIndex}, as {@code kamergraaf sync} and {@code serve} open it); on a bare
 * TDB2 database there is no index to follow.
 */
public final class FullTextSyncHook implements SyncHook {
    private static final Logger LOG = LoggerFactory.getLogger(FullTextSyncHook.class);

    @Override
    public void committed(DatasetGraph dataset, List<ChangeEntry> changes) {
        Set<Node> subjects = new java.util.HashSet<>();
        for (ChangeEntry e : changes) subjects.add(org.apache.jena.graph.NodeFactory.createURI(e.iri()));
        committed(dataset, changes, subjects);
    }

    @Override
    public void committed(DatasetGraph dataset, List<ChangeEntry> changes, Set<Node> subjects) {
        if (!(dataset instanceof DatasetGraphText text) || !(text.getTextIndex() instanceof TextIndexLucene index)) {
            LOG.debug("No full-text index attached: {} change(s) not indexed", changes.size());
            return;
        }
        EntityDefinition def = index.getDocDef();
        DatasetGraph tdb = text.getWrapped();
        long[] added = {0};
        try {
            for (Node s : subjects) {
                if (s.isURI()) index.getIndexWriter().deleteDocuments(new Term(def.getEntityField(), s.getURI()));
            }
            Txn.executeRead(tdb, () -> {
                for (Node s : subjects) {
                    if (!s.isURI()) continue;
                    for (Node p : FullTextIndex.INDEXED) {
                        Iterator<Triple> it = tdb.getUnionGraph().find(s, p, Node.ANY);
                        while (it.hasNext()) {
                            Entity e = TextQueryFuncs.entityFromQuad(def, Quad.create(Quad.defaultGraphIRI, it.next()));
                            if (e != null) {
                                index.addEntity(e);
                                added[0]++;
                            }
                        }
                    }
                }
            });
            index.commit();
        } catch (IOException e) {
            index.rollback();
            throw new UncheckedIOException("Cannot update the full-text index", e);
        }
        LOG.debug("Full-text index: {} subject(s) re-indexed, {} literal(s)", subjects.size(), added[0]);
    }
}
