package nl.kamergraaf.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.vocab.KG;

/**
 * The full-text index of a build: a Lucene index with Dutch stemming over labels, titles, onderwerpen and document
 * body text, queried in SPARQL with jena-text's {@code text:query}. It lives inside the build folder, so it is
 * switched in together with the database it describes and can never be out of step with it.
 *
 * <p>All indexed properties go into one field: {@code ?s text:query "word"} searches all of them at once, which is
 * what a researcher looking for a word expects. The matched literal is stored so that
 * {@code (?s ?score ?literal) text:query "word"} can show what matched.
 */
public final class FullTextIndex {
    private static final Logger LOG = LoggerFactory.getLogger(FullTextIndex.class);

    /** The folder of the index inside a build. */
    public static final String FOLDER = "text-index";
    /** The properties whose literals are indexed. */
    public static final List<Node> INDEXED = List.of(RDFS.label.asNode(), KG.titel, KG.onderwerp, KG.tekst);
    private static final String ENTITY_FIELD = "uri";
    private static final String TEXT_FIELD = "text";
    private static final String LANG_FIELD = "lang";

    private FullTextIndex() {}

    /** Whether the build has an index (builds made before the index existed do not). */
    public static boolean exists(Path build) {
        return Files.isDirectory(build.resolve(FOLDER));
    }

    /**
     * Opens the index of a published build for reading; the caller closes it. A published build is never written
     * again, so no write lock is taken: several servers (or a server and a dump) may read one build at once.
     */
    public static TextIndex open(Path build) throws IOException {
        return new TextIndexLucene(FSDirectory.open(build.resolve(FOLDER), NoLockFactory.INSTANCE), config());
    }

    /** Opens the index of a build being made, with Lucene's write lock. */
    private static TextIndex openForWriting(Path build) throws IOException {
        return new TextIndexLucene(FSDirectory.open(build.resolve(FOLDER)), config());
    }

    /**
     * Indexes every literal of the indexed properties in the database. Run after the bulk load: TDB2's bulk loaders
     * write the indexes directly and do not tell a text index what they add.
     */
    static long build(DatasetGraph tdb, Path build) throws IOException {
        EntityDefinition def = definition();
        TextIndex index = openForWriting(build);
        long entities = 0;
        try {
            for (Node property : INDEXED) {
                // The union graph yields each triple once, however many record graphs state it (a person named in
                // a hundred letters is one hit, not a hundred).
                entities += Txn.calculateRead(tdb, () -> {
                    long n = 0;
                    Iterator<Triple> it = tdb.getUnionGraph().find(Node.ANY, property, Node.ANY);
                    while (it.hasNext()) {
                        Entity e = TextQueryFuncs.entityFromQuad(def, Quad.create(Quad.defaultGraphIRI, it.next()));
                        if (e != null) {
                            index.addEntity(e);
                            n++;
                        }
                    }
                    return n;
                });
            }
            index.commit();
        } finally {
            index.close();
        }
        LOG.info("Full-text index: {} literal(s) of {} indexed in {}", entities, INDEXED.size(), build.resolve(FOLDER));
        return entities;
    }

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD);
        for (Node p : INDEXED) def.set(TEXT_FIELD, p);
        // Keeps the language tag with each value, so a returned literal is "…"@nl again, and allows "lang:nl" filters.
        def.setLangField(LANG_FIELD);
        return def;
    }

    private static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        // Dutch stop words and Snowball stemming: "investering" finds "investeringen". No decompounding: a compound
        // such as "halfgeleiderindustrie" is found by a prefix query ("halfgeleider*"), not by its parts.
        config.setAnalyzer(new DutchAnalyzer());
        config.setQueryAnalyzer(new DutchAnalyzer());
        config.setValueStored(true);
        return config;
    }
}
