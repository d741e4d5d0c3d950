package nl.kamergraaf.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

import nl.kamergraaf.server.cli.ServerAssembly;
import nl.kamergraaf.bench.corpus.CorpusGenerator;
import nl.kamergraaf.bench.corpus.CorpusProfile;
import nl.kamergraaf.bench.corpus.CorpusScale;
import nl.kamergraaf.bench.measure.ChildJvm;
import nl.kamergraaf.bench.measure.ConstructBaseline;
import nl.kamergraaf.bench.measure.DiskUse;
import nl.kamergraaf.bench.measure.JfrSummary;
import nl.kamergraaf.bench.measure.LoadRun;
import nl.kamergraaf.bench.measure.MapRun;
import nl.kamergraaf.server.KamergraafServer;
import nl.kamergraaf.server.cli.KamergraafCommand;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;

/**
 * The benchmark run behind {@code bench/run}: generates the corpus, then measures mapping, loading, memory, queries
 * and linked-data pages, each against a reference measured in the same run, and prints the ratios. Mapping and
 * loading run in JVMs of their own (same heap bound) so that their time and memory are their own.
 */
public final class Bench {
    private final Options o;
    private final Report report = new Report(System.out);
    private final ChildJvm jvm;
    private final Path work;
    private final DiskUse disk;

    private Bench(Options o) throws IOException {
        this.o = o;
        this.work = Files.createDirectories(o.work.resolve(String.format(Locale.ROOT, "scale-%s-seed-%d", o.scale, o.seed)));
        this.jvm = new ChildJvm(o.heap, Files.createDirectories(work.resolve("logs")), System.out);
        this.disk = DiskUse.watch(work);
    }

    public static void main(String[] args) throws Exception {
        // the server runs in this JVM: its per-request log lines would flood the console and cost time the
        // references (ping, ASK) pay as well; keep warnings only
        for (String logger : List.of("org.apache.jena.fuseki", "org.apache.jena.fuseki.Fuseki", "org.apache.jena.fuseki.Server")) {
            Configurator.setLevel(logger, Level.WARN);
        }
        Configurator.setLevel("nl.kamergraaf", Level.WARN);
        Options o = Options.parse(args);
        long start = System.nanoTime();
        new Bench(o).run();
        System.out.printf(Locale.ROOT, "%nbench finished in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    private void run() throws Exception {
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "Kamergraaf benchmark: scale %s, seed %d, heap bound %s per measured JVM, %d cores, work folder %s%n",
                o.scale, o.seed, o.heap, Runtime.getRuntime().availableProcessors(), work);
        if (o.serveStore != null) {
            // the store of an earlier load (at scale 1.0 the load is run and timed by itself, see bench/README.md)
            serveAndDump(new StoreDirectory(o.serveStore));
            finish(String.format(Locale.ROOT, "## Serving a loaded store (%s), %s%n%nCommand: `bench/run --serve-store %s`", o.serveStore,
                    Instant.now(), o.serveStore));
            return;
        }
        Path data = o.project.resolve("data");
        Path corpus = generate("corpus", o.scale);
        Path small = generate("corpus-small", o.scale / 10);
        // the bench input: the generated corpus plus the project's own data/ (so curated queries find their answers)
        String[] inputs = {corpus.toString(), data.toString()};
        String[] smallInputs = {small.toString(), data.toString()};

        report.section("Mapping throughput");
        Path nq = work.resolve("map.nq");
        ChildJvm.Result map = jvm.run("map", null, jfr("map"), MapRun.class.getName(), concat(nq.toString(), inputs));
        long records = map.number("records");
        long quads = map.number("quads");
        double mapSecs = map.millis() / 1000.0;
        report.line("mapper (kamergraaf map → N-Quads file)  %,d records → %,d quads in %.1f s (CPU %.1f s): %,.0f records/s, %,.0f quads/s; %d problem(s)",
                records, quads, mapSecs, cpu(map), records / mapSecs, quads / mapSecs, map.number("problems"));
        // riot's copy is as large as the mapper's file; where the disk cannot hold both (scale 1.0: 2 x 47 GB) riot
        // writes to /dev/null: it still formats every quad, only the kernel's copy into the page cache is saved
        Path riotOut = work.resolve("riot.nq");
        boolean riotToFile = disk.usableBytes() > 2.2 * Files.size(nq);
        ChildJvm.Result riot = jvm.run("riot", riotToFile ? riotOut : Path.of("/dev/null"), null, "riotcmd.riot", "--output=NQ", nq.toString());
        double riotSecs = riot.millis() / 1000.0;
        report.line("riot --output=NQ on the mapper's output%s  %,d quads in %.1f s (CPU %.1f s): %,.0f quads/s (%,d bytes)",
                riotToFile ? "" : " (to /dev/null: no room for a second copy)", quads, riotSecs, cpu(riot), quads / riotSecs, Files.size(nq));
        Files.deleteIfExists(riotOut); // only its writing counts
        report.ratio("mapper quads/s / riot parse+write quads/s (wall time)", riotSecs / mapSecs, 1.0, true);
        report.ratio("mapper quads/s / riot parse+write quads/s (CPU time)", cpu(riot) / cpu(map), 1.0, true);
        // a quarter of the corpus (at least 20,000 records): on a small sample the baseline's JVM start and warm-up
        // would weigh more than the mapper's and flatter the mapper
        // and at most 250,000: the baseline's rate is flat past that, and a quarter of scale 1.0 would take an hour
        long baselineRecords = o.baselineRecords > 0 ? o.baselineRecords : Math.min(250_000, Math.max(20_000, pageRecords(corpus) / 4));
        ChildJvm.Result base = jvm.run("construct-baseline", null, null, ConstructBaseline.class.getName(),
                work.resolve("baseline.nt").toString(), Long.toString(baselineRecords), corpus.toString());
        double baseRate = base.number("records") / (base.millis() / 1000.0);
        report.line("JSON → generic triples → CONSTRUCT (the prototype's method)  %,d records → %,d triples in %.1f s (CPU %.1f s): %,.0f records/s, %,.0f triples/s",
                base.number("records"), base.number("quads"), base.millis() / 1000.0, cpu(base), baseRate, base.number("quads") / (base.millis() / 1000.0));
        report.ratio("mapper records/s / CONSTRUCT baseline records/s (wall time)", (records / mapSecs) / baseRate, 10.0, true);
        report.ratio("mapper records/s / CONSTRUCT baseline records/s (CPU time)",
                (records / cpu(map)) / (base.number("records") / cpu(base)), 10.0, true);

        report.section("Loading into TDB2");
        Path storeMap = work.resolve("store-map");
        ChildJvm.Result loadMap = jvm.run("load-map", null, jfr("load-map"), LoadRun.class.getName(), concat(concat("map", storeMap.toString()), inputs));
        report.line("kamergraaf load --map SOURCES (mapper stream, no file) %,d quads in %.1f s (CPU %.1f s): %,.0f quads/s; store %,d MB on disk",
                loadMap.number("quads"), loadMap.millis() / 1000.0, cpu(loadMap), loadMap.number("quads") / (loadMap.millis() / 1000.0),
                DiskUse.treeBytes(storeMap) >> 20);
        if (!o.streamLoadOnly) loadReferences(nq, map, loadMap, quads);
        Files.deleteIfExists(nq); // nothing after this reads it, and at scale 1.0 it is 47 GB
        deleteTree(work.resolve("store-file"));
        deleteTree(work.resolve("tdbloader-db"));
        report.section(String.format(Locale.ROOT, "Peak memory: scale %s against scale %s (same -Xmx%s)", o.scale, o.scale / 10, o.heap));
        ChildJvm.Result mapSmall = jvm.run("map-small", null, null, MapRun.class.getName(), concat(work.resolve("map-small.nq").toString(), smallInputs));
        ChildJvm.Result loadSmall = jvm.run("load-map-small", null, null, LoadRun.class.getName(),
                concat(concat("map", work.resolve("store-small").toString()), smallInputs));
        memory("mapping", map, mapSmall);
        memory("loading (--map)", loadMap, loadSmall);
        Files.deleteIfExists(work.resolve("map-small.nq"));
        deleteTree(work.resolve("store-small"));

        if (o.profile) {
            report.section("Profile (JFR execution samples)");
            for (String name : List.of("map", "load-map")) {
                report.line("-- %s", name);
                for (String l : JfrSummary.summarise(jfr(name), 15, "nl.kamergraaf")) report.line("%s", l);
            }
        }

        serveAndDump(new StoreDirectory(storeMap));
        finish(String.format(Locale.ROOT, "## Scale %s (seed %d), %s: %,d records, %,d quads%n%nCommand: `bench/run --scale %s --seed %d%s`",
                o.scale, o.seed, Instant.now(), records, quads, o.scale, o.seed, o.profile ? " --profile" : ""));
    }

    private void serveAndDump(StoreDirectory store) throws Exception {
        // served as 'kamergraaf serve' serves it: with the build's full-text index
        DatasetGraph dsg = KamergraafDataset.openCurrentWithTextIndex(store);
        try (KamergraafServer server = KamergraafServer.create().extensions(ServerAssembly.extensions()).dataset(dsg).port(0).storeRoot(store.root()).build().start()) {
            ServeBench serve = new ServeBench(report, server);
            serve.queries(o.project.resolve("sparql").resolve("queries"));
            serve.pages();
        } finally {
            KamergraafDataset.close(dsg);
        }
        if (!o.skipDump) dump(store);
    }

    private void finish(String header) throws IOException {
        report.section("Disk");
        report.line("work folder peak %,d MB above its start (sampled every 2 s; corpus, N-Quads file, stores, dumps)", disk.peakGrowthBytes() >> 20);
        Path md = work.resolve("results.md");
        report.writeMarkdown(md, header);
        System.out.println();
        System.out.println("figures written to " + md);
    }

    /** A release of the loaded store, as {@code kamergraaf dump} writes it: sorted N-Quads, N-Triples, Turtle, JSON-LD, catalog. */
    private void dump(StoreDirectory store) throws Exception {
        report.section("Dump (kamergraaf dump)");
        Path out = work.resolve("dumps");
        deleteTree(out);
        ChildJvm.Result dump = jvm.run("dump", null, null, KamergraafCommand.class.getName(), "dump", "--store", store.root().toString(),
                "--out", out.toString());
        report.line("kamergraaf dump --store S --out DIR  %.1f s (CPU %.1f s), peak RSS %,d MB: %,d MB of release files",
                dump.millis() / 1000.0, cpu(dump), dump.number("peakRssKb") >> 10, DiskUse.treeBytes(out) >> 20);
    }

    /** The file loads: kamergraaf load FILE and Jena's tdb2.tdbloader on the mapper's N-Quads file. */
    private void loadReferences(Path nq, ChildJvm.Result map, ChildJvm.Result loadMap, long quads) throws Exception {
        ChildJvm.Result loadFile = jvm.run("load-file", null, null, LoadRun.class.getName(), "file", work.resolve("store-file").toString(), nq.toString());
        Path tdb = work.resolve("tdbloader-db");
        deleteTree(tdb);
        ChildJvm.Result tdbloader = jvm.run("tdb2.tdbloader", null, null, "tdb2.tdbloader", "--loc", tdb.toString(), nq.toString());
        report.line("kamergraaf load FILE (StoreLoader.loadFiles)          %,d quads in %.1f s (CPU %.1f s): %,.0f quads/s", loadFile.number("quads"),
                loadFile.millis() / 1000.0, cpu(loadFile), loadFile.number("quads") / (loadFile.millis() / 1000.0));
        report.line("tdb2.tdbloader --loc DB FILE (Jena's own)              %,d quads in %.1f s (CPU %.1f s): %,.0f quads/s", quads,
                tdbloader.millis() / 1000.0, cpu(tdbloader), quads / (tdbloader.millis() / 1000.0));
        report.ratio("tdbloader time / kamergraaf load FILE time (wall)", (double) tdbloader.millis() / loadFile.millis(), 1.0, true);
        report.ratio("tdbloader time / kamergraaf load FILE time (CPU)", cpu(tdbloader) / cpu(loadFile), 1.0, true);
        report.ratio("(map to file + tdbloader) time / load --map time", (double) (map.millis() + tdbloader.millis()) / loadMap.millis(), 1.0, true);
        report.ratio("tdbloader time (file ready) / load --map time", (double) tdbloader.millis() / loadMap.millis(), 1.0, true);
        report.ratio("(map to file + tdbloader) CPU / load --map CPU", (cpu(map) + cpu(tdbloader)) / cpu(loadMap), 1.0, true);

    }

    private void memory(String what, ChildJvm.Result big, ChildJvm.Result small) {
        report.line("%-16s scale %-6s peak RSS %,6d MB (own memory %,6d MB), live heap after full GC %,5d MB", what, o.scale,
                big.number("peakRssKb") / 1024, big.number("peakAnonKb") / 1024, big.number("liveHeapKb") / 1024);
        report.line("%-16s scale %-6s peak RSS %,6d MB (own memory %,6d MB), live heap after full GC %,5d MB", what, o.scale / 10,
                small.number("peakRssKb") / 1024, small.number("peakAnonKb") / 1024, small.number("liveHeapKb") / 1024);
        // flat: ten times the input takes well under twice the memory
        report.ratio(what + " own memory (RssAnon), 10x input / 1x input", (double) big.number("peakAnonKb") / small.number("peakAnonKb"), 1.5, false);
        report.ratio(what + " live heap, 10x input / 1x input", (double) big.number("liveHeapKb") / Math.max(1, small.number("liveHeapKb")), 1.5, false);
        report.ratio(what + " peak RSS incl. mapped files, 10x input / 1x input", (double) big.number("peakRssKb") / small.number("peakRssKb"));
    }

    private static double cpu(ChildJvm.Result r) {
        return r.number("cpuMillis") / 1000.0;
    }

    private Path generate(String name, double scale) throws IOException {
        Path dir = work.resolve(name);
        Path marker = dir.resolve(".generated");
        String stamp = "scale=" + scale + " seed=" + o.seed;
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
            System.out.println("  [" + name + ": reusing the corpus generated earlier for " + stamp + "]");
            return dir;
        }
        deleteTree(dir);
        long t0 = System.nanoTime();
        CorpusProfile profile = CorpusProfile.learn(o.project.resolve("data").resolve("tk-opendata"));
        CorpusGenerator.Written w = new CorpusGenerator(profile, new CorpusScale(scale), o.seed).write(dir);
        Files.writeString(marker, stamp);
        System.out.printf(Locale.ROOT, "  [%s: generated %,d records in %.1f s: %s]%n", name, w.total(), (System.nanoTime() - t0) / 1e9, w.records());
        return dir;
    }

    /** The records of a generated corpus, from its page count (250 a page). */
    private static long pageRecords(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return 250L * s.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    private Path jfr(String name) {
        return o.profile ? work.resolve(name + ".jfr") : null;
    }

    private static String[] concat(String first, String... rest) {
        List<String> l = new ArrayList<>();
        l.add(first);
        l.addAll(List.of(rest));
        return l.toArray(new String[0]);
    }

    private static String[] concat(String[] first, String... rest) {
        List<String> l = new ArrayList<>(List.of(first));
        l.addAll(List.of(rest));
        return l.toArray(new String[0]);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Command-line options of bench/run. */
    static final class Options {
        double scale = 0.01;
        long seed = 42;
        Path work = Path.of("bench", "work");
        Path project = Path.of(".");
        String heap = "1g";
        long baselineRecords = -1;
        boolean profile;
        boolean streamLoadOnly;
        boolean skipDump;
        Path serveStore;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--scale" -> o.scale = Double.parseDouble(args[++i]);
                    case "--seed" -> o.seed = Long.parseLong(args[++i]);
                    case "--work" -> o.work = Path.of(args[++i]);
                    case "--project" -> o.project = Path.of(args[++i]);
                    case "--heap" -> o.heap = args[++i];
                    case "--baseline-records" -> o.baselineRecords = Long.parseLong(args[++i]);
                    case "--profile" -> o.profile = true;
                    case "--stream-load-only" -> o.streamLoadOnly = true;
                    case "--skip-dump" -> o.skipDump = true;
                    case "--serve-store" -> o.serveStore = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + a
                            + "; options: --scale S --seed N --work DIR --project DIR --heap SIZE --baseline-records N --profile"
                            + " --stream-load-only --skip-dump --serve-store STORE");
                }
            }
            new CorpusScale(o.scale); // validates
            return o;
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
