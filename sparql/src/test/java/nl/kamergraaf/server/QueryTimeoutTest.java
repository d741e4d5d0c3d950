package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import nl.kamergraaf.BundledStore;

/**
 * A query that would run for ages is cut off with 503 while the server goes on answering everyone else.
 *
 * <p>Nothing here measures elapsed time, so a busy machine cannot make it fail: the explosive query cannot finish in
 * any realistic time, so only the timeout can end it, and its 503 proves the cut-off; the quick query is a single
 * index lookup that a server with a timeout of {@link #TIMEOUT} answers in full. The {@code @Timeout}s only stop a hung
 * test; they are not what is being proved.
 */
class QueryTimeoutTest {
    /** Every triple joined with every triple, four times over: ~10^11 rows to count, hours of work. */
    private static final String EXPLOSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String QUICK = "ASK { <http://localhost:3030/id/document/2024D50227> a ?type }";
    private static final String JSON = "application/sparql-results+json";
    /**
     * Long next to a single index lookup even on a loaded machine, since the quick query must be answered before the
     * explosive one is cut off; short enough that waiting for the cut-off costs the full loop little.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    static BundledStore store;
    static KamergraafServer server;

    @BeforeAll
    static void serve() throws Exception {
        store = BundledStore.shared();
        server = KamergraafServer.create().dataset(store.dataset()).port(0).queryTimeout(TIMEOUT)
                .extensions(List.of()).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    @Timeout(60)
    void aQuickQueryIsAnsweredInFullUnderTheTimeout() throws Exception {
        HttpResponse<String> quick = Http.query(server.sparqlUrl(), QUICK, JSON);
        assertEquals(200, quick.statusCode(), quick.body());
        assertTrue(quick.body().contains("\"boolean\"") && quick.body().contains("true"), quick.body());
    }

    // slow: waits out the whole TIMEOUT for the cut-off; aQuickQueryIsAnsweredInFullUnderTheTimeout keeps a
    // server with a timeout covered in the quick loop.
    @Tag("slow")
    @Test
    @Timeout(120)
    void aQueryThatCannotFinishIsCutOffWith503WhileQuickQueriesAreStillAnswered() throws Exception {
        CompletableFuture<HttpResponse<String>> explosive = CompletableFuture.supplyAsync(() -> {
            try {
                return Http.query(server.sparqlUrl(), EXPLOSIVE, JSON);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300); // a head start, so that the quick query usually meets the explosive one running

        HttpResponse<String> quick = Http.query(server.sparqlUrl(), QUICK, JSON);
        assertEquals(200, quick.statusCode(), quick.body());
        assertTrue(quick.body().contains("true"), quick.body());
        // The explosive query can only end by the timeout: had the server queued the quick query behind it, the
        // explosive one would be over by now.
        assertFalse(explosive.isDone(), "the quick query was answered only after the explosive one had ended");

        HttpResponse<String> cut = explosive.get(90, TimeUnit.SECONDS);
        assertEquals(503, cut.statusCode(), cut.body());
        assertTrue(cut.body().contains("timed out"), "the 503 says why: " + cut.body());

        HttpResponse<String> after = Http.query(server.sparqlUrl(), QUICK, JSON);
        assertEquals(200, after.statusCode(), "the server still answers after the cut-off: " + after.body());
    }
}
