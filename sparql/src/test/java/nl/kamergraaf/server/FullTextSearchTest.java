package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.BundledStore;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;
import nl.kamergraaf.vocab.Prefixes;

/** Full-text search in SPARQL finds Dutch words in their other forms, and follows the store through a reload. */
class FullTextSearchTest {
    private static final String LETTER = "http://localhost:3030/id/document/2024D50227";
    private static final String PREFIXES = Prefixes.sparql("text", "kg");

    @TempDir
    Path dir;

    /** What the analyzer really does with the words the tests use: stems, and no decompounding. */
    @Test
    void theDutchAnalyzerStemsInflectionsButDoesNotSplitCompounds() throws Exception {
        try (Analyzer dutch = new DutchAnalyzer()) {
            assertEquals(tokens(dutch, "investering"), tokens(dutch, "investeringen"));
            assertEquals(tokens(dutch, "halfgeleider"), tokens(dutch, "halfgeleiders"));
            assertTrue(!tokens(dutch, "halfgeleiderindustrie").equals(tokens(dutch, "halfgeleiders")));
            assertEquals(List.of(), tokens(dutch, "de het een"), "stop words are not indexed");
        }
    }

    @Test
    void aStemmedDutchWordFindsTheLetterThroughTheEndpoint() throws Exception {
        BundledStore store = BundledStore.shared();
        try (KamergraafServer server = KamergraafServer.create().dataset(store.dataset()).port(0).extensions(List.of()).build().start()) {
            String body = Files.readString(ProjectFiles.seedPage());
            assertTrue(body.contains("investeringen") && !body.matches("(?s).*\\binvestering\\b.*"),
                    "the seed letter has the plural only, so finding it by the singular needs stemming");

            // Other bundled documents (motions on investments) may match too: the letter must be among the hits.
            assertTrue(documents(server, "investering").contains(LETTER), "the singular finds 'investeringen'");
            assertTrue(documents(server, "halfgeleider").contains(LETTER), "singular finds 'halfgeleiders'");
            assertTrue(documents(server, "halfgeleider*").contains(LETTER), "a prefix query finds the compound too");
            assertTrue(documents(server, "Innovatiebeleid").contains(LETTER), "the title is indexed");
            assertEquals(Set.of(), documents(server, "walrusbescherming"), "a word no bundled document has finds nothing");

            // The matched literal comes back with its language tag, from the onderwerp, not only the body text.
            String literals = PREFIXES + "SELECT ?lit { (?s ?score ?lit) text:query 'coalition willing' . FILTER(?s = <" + LETTER + ">) }";
            List<String> hits = new ArrayList<>();
            try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(literals).build()) {
                qe.execSelect().forEachRemaining(r -> hits.add(r.get("lit").asLiteral().getLanguage() + ":" + r.get("lit").asLiteral().getString()));
            }
            assertTrue(hits.contains("nl:Voortgang ‘Coalition of the Willing’ ten aanzien van halfgeleiderindustrie"), hits.toString());
        }
    }

    // slow: maps and loads data/ into a second build to reload the store; in the quick loop
    // BuildCompactorTest keeps the index following a new build of the data covered.
    @Tag("slow")
    @Test
    void theIndexFollowsAReloadOfTheStore() throws Exception {
        StoreDirectory store = BundledStore.copy(dir);
        StoreLoader loader = new StoreLoader(store);
        assertTrue(search(store, "investering").contains(LETTER));
        assertEquals(Set.of(), search(store, "walrusbescherming"));

        // A new version of the letter: the word is gone from the subject and the body, another word is there.
        Path in = Files.createDirectories(dir.resolve("in"));
        String seed = Files.readString(ProjectFiles.seedPage());
        Files.writeString(in.resolve("2024D50227.txt"), seed.replace("investeringen", "walrusbeschermingsplannen")
                .replace("halfgeleiderindustrie", "walrusbescherming"));
        Files.copy(ProjectFiles.dataDir().resolve("gazetteer/entiteiten.ttl"), in.resolve("entiteiten.ttl"));
        loader.load(out -> KamergraafMapper.create().source(in).build().map(out));

        assertEquals(Set.of(), search(store, "investering"), "the old word is no longer found");
        assertEquals(Set.of(LETTER), search(store, "walrusbescherming"), "the new word is found");
    }

    private static Set<String> search(StoreDirectory store, String words) {
        DatasetGraph dsg = KamergraafDataset.openCurrentWithTextIndex(store);
        try (KamergraafServer server = KamergraafServer.create().dataset(dsg).port(0).extensions(List.of()).build().start()) {
            return documents(server, words);
        } finally {
            KamergraafDataset.close(dsg);
        }
    }

    private static Set<String> documents(KamergraafServer server, String words) {
        String q = PREFIXES + "SELECT DISTINCT ?d { ?d text:query '" + words + "' ; a kg:Document }";
        Set<String> found = new TreeSet<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> found.add(r.getResource("d").getURI()));
        }
        return found;
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
