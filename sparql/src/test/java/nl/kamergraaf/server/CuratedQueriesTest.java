package nl.kamergraaf.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.kamergraaf.BundledStore;

/**
 * Every curated query in {@code sparql/queries/} answers exactly its expected answer ({@code NAME.expected.tsv},
 * SPARQL 1.1 TSV) over the bundled data, through a real Fuseki. Adding a curated query is adding those two files.
 * Answers are compared as RDF terms (so "138" and 138 differ), in order when the query has ORDER BY.
 */
class CuratedQueriesTest {
    static final Path FOLDER = Path.of("queries");

    static BundledStore store;
    static KamergraafServer server;

    @BeforeAll
    static void serve() throws Exception {
        store = BundledStore.shared();
        server = KamergraafServer.create().dataset(store.dataset()).port(0).extensions(List.of()).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static Stream<String> queries() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @Test
    void everyCuratedQueryHasItsQuestionAndAnExpectedAnswerAndThereAreEnough() throws IOException {
        List<String> names = queries().toList();
        assertTrue(names.size() >= 8, "only " + names.size() + " curated queries");
        for (String name : names) {
            assertTrue(Files.readString(FOLDER.resolve(name + ".rq")).startsWith("# "), name + ".rq does not start with its question");
            assertTrue(Files.isRegularFile(FOLDER.resolve(name + ".expected.tsv")), name + " has no expected answer");
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            Set<String> orphans = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.tsv"))
                    .map(n -> n.replace(".expected.tsv", "")).filter(n -> !names.contains(n)).collect(Collectors.toSet());
            assertEquals(Set.of(), orphans, "expected answers without a query");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theCuratedQueryAnswersItsExpectedAnswer(String name) throws Exception {
        String text = Files.readString(FOLDER.resolve(name + ".rq"), StandardCharsets.UTF_8);
        Query query = QueryFactory.create(text);
        assertTrue(query.isSelectType(), name + ": curated queries are SELECT queries, so their answer is a table");

        HttpResponse<String> r = Http.query(server.sparqlUrl(), text, "text/tab-separated-values");
        assertEquals(200, r.statusCode(), name + ": " + r.body());
        Answer actual = Answer.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        Answer expected;
        try (InputStream in = Files.newInputStream(FOLDER.resolve(name + ".expected.tsv"))) {
            expected = Answer.read(in);
        }
        assertTrue(!expected.rows().isEmpty(), name + ": an empty expected answer proves nothing");
        assertEquals(expected.vars(), actual.vars(), name + ": columns");
        if (query.hasOrderBy()) {
            assertEquals(expected.rows(), actual.rows(), name + ": rows, in order");
        } else {
            assertEquals(new TreeSet<>(expected.rows()), new TreeSet<>(actual.rows()), name + ": rows");
            assertEquals(expected.rows().size(), actual.rows().size(), name + ": number of rows");
        }
    }

    /** A SELECT answer as column names and rows of terms in SPARQL syntax (unbound: empty). */
    record Answer(List<String> vars, List<String> rows) {
        static Answer read(InputStream tsv) {
            ResultSet rs = ResultSetMgr.read(tsv, ResultSetLang.RS_TSV);
            List<String> vars = rs.getResultVars();
            List<String> rows = new ArrayList<>();
            while (rs.hasNext()) {
                Binding b = rs.nextBinding();
                List<String> cells = new ArrayList<>();
                for (String v : vars) {
                    Node n = b.get(v);
                    cells.add(n == null ? "" : FmtUtils.stringForNode(n));
                }
                rows.add(String.join("\t", cells));
            }
            return new Answer(vars, rows);
        }
    }
}
