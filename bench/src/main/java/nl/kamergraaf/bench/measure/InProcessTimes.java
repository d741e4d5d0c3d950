package nl.kamergraaf.bench.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import nl.kamergraaf.server.linkeddata.Addresses;
import nl.kamergraaf.server.linkeddata.Describer;

/**
 * {@code InProcessTimes BUILD-DIR QUERY.rq... [--page IRI...]}: how long each curated query, and the description of
 * each page, takes over one TDB2 build of a store, in this process, without HTTP: the p50 and the fastest of 15 runs
 * (after one warm-up run). For finding which part of a query or page grows with the store; the HTTP benchmark
 * ({@code bench/run}) gives the figures to compare with {@code ASK {}}. The union default graph is on, as in the server.
 */
public final class InProcessTimes {
    private static final int RUNS = 15;
    private static final String BASE = "http://localhost:3030";

    private InProcessTimes() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: InProcessTimes BUILD-DIR QUERY.rq... [--page IRI...]   (BUILD-DIR: <store>/builds/<id>)");
            System.exit(2);
        }
        DatasetGraph dsg = TDB2Factory.connectDataset(args[0]).asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Describer describer = new Describer(dsg, new Addresses(BASE), 50);
        boolean pages = false;
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            if (arg.equals("--page")) {
                pages = true;
                continue;
            }
            if (pages) {
                Node thing = org.apache.jena.graph.NodeFactory.createURI(arg);
                report("page " + arg, () -> {
                    describer.describeForPage(thing, 1);
                    return 1;
                });
            } else {
                String query = Files.readString(Path.of(arg));
                report(Path.of(arg).getFileName().toString(), () -> Txn.calculateRead(dsg, () -> {
                    int[] rows = {0};
                    try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                        exec.select().forEachRemaining(b -> rows[0]++);
                    }
                    return rows[0];
                }));
            }
        }
    }

    private static void report(String what, Supplier<Integer> run) {
        int rows = run.get();
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-50s rows %6d   p50 %8.1f ms   fastest %8.1f ms%n", what, rows, nanos[RUNS / 2] / 1e6, nanos[0] / 1e6);
    }
}
