package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.BundledStore;

/** A query that would run for ages is cut off with 503 while the server goes on answering everyone else. */
class QueryTimeoutTest {
    /** Every triple joined with every triple, four times over: ~10^11 rows to count, hours of work. */
    private static final String EXPLOSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String SIMPLE = "ASK { <http://localhost:3030/id/document/2024D50227> a ?type }";

    static BundledStore store;
    static KamergraafServer server;

    @BeforeAll
    static void serve() throws Exception {
        store = BundledStore.shared();
        server = KamergraafServer.create().dataset(store.dataset()).port(0).queryTimeout(Duration.ofSeconds(2))
                .extensions(List.of()).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void anExplosiveQueryIsCutOffWith503WhileASimpleQueryStillAnswersQuickly() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> explosive = CompletableFuture.supplyAsync(() -> {
            try {
                return Http.query(server.sparqlUrl(), EXPLOSIVE, "application/sparql-results+json");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300); // the explosive query is running now

        long simpleStarted = System.nanoTime();
        HttpResponse<String> simple = Http.query(server.sparqlUrl(), SIMPLE, "application/sparql-results+json");
        long simpleMillis = (System.nanoTime() - simpleStarted) / 1_000_000;
        assertEquals(200, simple.statusCode(), simple.body());
        assertTrue(simple.body().contains("true"), simple.body());
        assertTrue(!explosive.isDone(), "the explosive query was still running while the simple one answered");
        assertTrue(simpleMillis < 1500, "the simple query took " + simpleMillis + " ms beside the explosive one");

        HttpResponse<String> cut = explosive.get(30, TimeUnit.SECONDS);
        long explosiveMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, cut.statusCode(), cut.body());
        assertTrue(explosiveMillis >= 2000 && explosiveMillis < 15_000, "cut off after " + explosiveMillis + " ms, timeout 2 s");

        HttpResponse<String> after = Http.query(server.sparqlUrl(), SIMPLE, "application/sparql-results+json");
        assertEquals(200, after.statusCode(), "the server still answers after the cut-off");
    }
}
