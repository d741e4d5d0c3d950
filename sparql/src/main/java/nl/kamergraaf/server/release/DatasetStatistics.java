package nl.kamergraaf.server.release;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Prefixes;

/**
 * What VoID and the catalog say about the data, counted with SPARQL over the store's default graph (the union of the
 * record graphs) — the same graph the public endpoint answers from, so a harvester can check every number.
 *
 * @param triples           distinct triples of the default graph
 * @param entities          distinct typed subjects whose IRI lies in the URI space ({@code <base>/id/})
 * @param classes           distinct objects of rdf:type
 * @param properties        distinct predicates
 * @param classPartitions   for each class (in IRI order), its distinct instances
 * @param propertyPartitions for each property (in IRI order), its triples
 * @param firstDate         the earliest document date ({@code kg:datum}), if any
 * @param lastDate          the latest document date, if any
 * @param lastModified      the latest change the sources record ({@code dct:modified}, {@code kg:bijgewerkt}, {@code kg:datum})
 * @param examples          a few example resources in the URI space
 */
public record DatasetStatistics(long triples, long entities, long classes, long properties, long distinctSubjects,
                                long distinctObjects, Map<String, Long> classPartitions,
                                Map<String, Long> propertyPartitions, Optional<LocalDate> firstDate,
                                Optional<LocalDate> lastDate, Optional<LocalDate> lastModified, List<String> examples) {

    private static final String PREFIXES = Prefixes.sparql(KG.PREFIX, "dct", "rdf");

    /** The counts, as SPARQL (the harvest test asks the endpoint the same questions). */
    public static String countQuery(String what, String uriSpace) {
        return switch (what) {
            case "triples" -> "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            case "entities" -> "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c . FILTER(STRSTARTS(STR(?s), \"" + uriSpace + "\")) }";
            case "classes" -> "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }";
            case "properties" -> "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }";
            case "distinctSubjects" -> "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }";
            case "distinctObjects" -> "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }";
            default -> throw new IllegalArgumentException("No count for " + what);
        };
    }

    /** Dates and examples: what the catalog needs beyond the counts, read with streaming SPARQL (no grouping). */
    public record Dates(Optional<LocalDate> firstDate, Optional<LocalDate> lastDate, Optional<LocalDate> lastModified,
                        List<String> examples) {}

    public DatasetStatistics {
        classPartitions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(classPartitions));
        propertyPartitions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(propertyPartitions));
    }

    /**
     * Everything counted with SPARQL over the store. COUNT(DISTINCT …) holds its values in memory: fine for the live
     * description of a server, while a dump counts the same numbers from its sorted stream ({@link TripleStatistics}).
     */
    public static DatasetStatistics of(DatasetGraph dataset, String uriSpace) {
        return Txn.calculateRead(dataset, () -> {
            long triples = count(dataset, countQuery("triples", uriSpace));
            long entities = count(dataset, countQuery("entities", uriSpace));
            long classes = count(dataset, countQuery("classes", uriSpace));
            long properties = count(dataset, countQuery("properties", uriSpace));
            long subjects = count(dataset, countQuery("distinctSubjects", uriSpace));
            long objects = count(dataset, countQuery("distinctObjects", uriSpace));
            Map<String, Long> classPartitions = partitions(dataset,
                    "SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?x . FILTER(isIRI(?x)) } GROUP BY ?x ORDER BY ?x");
            Map<String, Long> propertyPartitions = partitions(dataset,
                    "SELECT ?x (COUNT(*) AS ?n) WHERE { ?s ?x ?o } GROUP BY ?x ORDER BY ?x");
            Dates dates = dates(dataset, uriSpace);
            return new DatasetStatistics(triples, entities, classes, properties, subjects, objects, classPartitions,
                    propertyPartitions, dates.firstDate(), dates.lastDate(), dates.lastModified(), dates.examples());
        });
    }

    /** The period the documents cover, the latest change, and a few example resources; streamed, in flat memory. */
    public static Dates dates(DatasetGraph dataset, String uriSpace) {
        return Txn.calculateRead(dataset, () -> {
            LocalDate[] docDates = new LocalDate[2];
            select(dataset, PREFIXES + "SELECT ?d WHERE { ?s kg:datum ?d }", row -> widen(docDates, row.get("d").asNode()));
            LocalDate[] changes = new LocalDate[2];
            select(dataset, PREFIXES + "SELECT ?d WHERE { ?s dct:modified|kg:bijgewerkt|kg:datum ?d }",
                    row -> widen(changes, row.get("d").asNode()));
            List<String> examples = new ArrayList<>();
            select(dataset, PREFIXES + "SELECT ?s WHERE { ?s a ?c . FILTER(STRSTARTS(STR(?s), \"" + uriSpace
                    + "document/\") || STRSTARTS(STR(?s), \"" + uriSpace + "kamerstuk/\")) } ORDER BY ?s LIMIT 3",
                    row -> { if (!examples.contains(row.getResource("s").getURI())) examples.add(row.getResource("s").getURI()); });
            if (examples.isEmpty()) {
                select(dataset, "SELECT ?s WHERE { ?s a ?c . FILTER(STRSTARTS(STR(?s), \"" + uriSpace + "\")) } ORDER BY ?s LIMIT 3",
                        row -> { if (!examples.contains(row.getResource("s").getURI())) examples.add(row.getResource("s").getURI()); });
            }
            return new Dates(Optional.ofNullable(docDates[0]), Optional.ofNullable(docDates[1]),
                    Optional.ofNullable(changes[1]), List.copyOf(examples));
        });
    }

    /** Widens [min, max] to include a date or dateTime literal; other values (a malformed date) are passed over. */
    private static void widen(LocalDate[] range, Node value) {
        if (!value.isLiteral()) return;
        String lex = value.getLiteralLexicalForm();
        LocalDate date;
        try {
            date = lex.length() > 10 ? OffsetDateTime.parse(lex).toLocalDate() : LocalDate.parse(lex);
        } catch (DateTimeParseException e) {
            try {
                date = LocalDate.parse(lex.substring(0, Math.min(10, lex.length())));
            } catch (DateTimeParseException e2) {
                return;
            }
        }
        if (range[0] == null || date.isBefore(range[0])) range[0] = date;
        if (range[1] == null || date.isAfter(range[1])) range[1] = date;
    }

    private static long count(DatasetGraph dataset, String query) {
        long[] n = new long[1];
        select(dataset, query, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private static Map<String, Long> partitions(DatasetGraph dataset, String query) {
        Map<String, Long> counts = new LinkedHashMap<>();
        select(dataset, query, row -> counts.put(row.getResource("x").getURI(), row.getLiteral("n").getLong()));
        return counts;
    }

    private static void select(DatasetGraph dataset, String query, Consumer<QuerySolution> action) {
        try (QueryExec exec = WholeStoreQueries.exec(dataset, QueryFactory.create(query))) {
            ResultSet rs = ResultSet.adapt(exec.select());
            while (rs.hasNext()) action.accept(rs.next());
        }
    }
}
