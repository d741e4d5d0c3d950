package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * The citation parsers against real sentences of the bundled Tweede Kamer data (citations/corpus.tsv): every target
 * they resolve must be the expected one (precision 100%), and the share of expected targets they find (recall) is
 * printed and held above the floor reached today, so a change that loses citations fails.
 */
class CitationCorpusTest {
    /** Recall reached on the corpus when this floor was set: 73 of 73; below it, a change lost citations. */
    private static final double RECALL_FLOOR = 1.0;

    private static final UriMinter URIS = UriMinter.defaults();
    private final KamerstukCitationParser kamerstukken = new KamerstukCitationParser();
    private final HandelingenCitationParser handelingen = new HandelingenCitationParser();

    record Row(int line, String text, String source, Set<String> expected, String origin, String ownDossier) {}

    static List<Row> corpus() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(CitationCorpusTest.class.getResourceAsStream("/citations/corpus.tsv"))) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("#") || lines[i].startsWith("tekst\t") || lines[i].isBlank()) continue;
                String[] f = lines[i].split("\t");
                Set<String> expected = f[2].equals("-") ? Set.of() : new LinkedHashSet<>(Arrays.asList(f[2].split(" ")));
                rows.add(new Row(i + 1, f[0], f[1], expected, f[3], f[4].equals("-") ? null : f[4]));
            }
        }
        return rows;
    }

    /** The IRIs the parsers resolve the text to. */
    private Set<String> resolved(Row row) {
        String text = row.text();
        Set<String> iris = new LinkedHashSet<>();
        kamerstukken.parse(text, row.ownDossier()).forEach(r -> iris.add(URIS.kamerstuk(r.kamerstukId()).getURI()));
        handelingen.parse(text).forEach(r -> iris.add(URIS.handelingen(r.identifier()).getURI()));
        return iris;
    }

    private static String iri(String id) {
        return (id.startsWith("h-") ? URIS.handelingen(id) : URIS.kamerstuk(id)).getURI();
    }

    @TestFactory
    Stream<DynamicTest> everyResolvedTargetIsTheExpectedOne() throws IOException {
        return corpus().stream().map(row -> DynamicTest.dynamicTest("line " + row.line() + ": " + abbreviate(row.text()), () -> {
            Set<String> expected = new LinkedHashSet<>();
            row.expected().forEach(id -> expected.add(iri(id)));
            Set<String> wrong = new LinkedHashSet<>(resolved(row));
            wrong.removeAll(expected);
            assertTrue(wrong.isEmpty(), () -> "'" + row.text() + "' (" + row.source() + ") resolved to " + wrong
                    + ", expected only " + expected);
        }));
    }

    @Test
    void theCorpusHoldsAtLeastFortyRealCitationsAndRecallStaysAboveItsFloor() throws IOException {
        List<Row> rows = corpus();
        long realCitations = rows.stream().filter(r -> r.origin().equals("echt")).mapToLong(r -> r.expected().size()).sum();
        assertTrue(realCitations >= 40, "only " + realCitations + " real citation strings in the corpus");
        int expected = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Row row : rows) {
            Set<String> got = resolved(row);
            for (String id : row.expected()) {
                expected++;
                if (got.contains(iri(id))) found++;
                else missed.add(id + " in '" + abbreviate(row.text()) + "'");
            }
        }
        double recall = (double) found / expected;
        System.out.printf("Citation corpus: %d rows, %d expected targets, %d found, recall %.3f, precision 1.000%n",
                rows.size(), expected, found, recall);
        missed.forEach(m -> System.out.println("  missed: " + m));
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall + " fell below " + RECALL_FLOOR + "; missed " + missed);
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }
}
