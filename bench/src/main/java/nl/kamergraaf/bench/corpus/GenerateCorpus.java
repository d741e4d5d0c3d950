package nl.kamergraaf.bench.corpus;

import java.nio.file.Path;

/**
 * Command line: {@code GenerateCorpus <out-folder> <scale> <seed> [<real-data-folder>]} writes a synthetic corpus
 * learned from the real pages (default {@code data/tk-opendata}).
 */
public final class GenerateCorpus {
    private GenerateCorpus() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: GenerateCorpus OUT-FOLDER SCALE SEED [REAL-DATA-FOLDER]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        CorpusScale scale = new CorpusScale(Double.parseDouble(args[1]));
        long seed = Long.parseLong(args[2]);
        Path real = Path.of(args.length > 3 ? args[3] : "data/tk-opendata");
        CorpusProfile profile = CorpusProfile.learn(real);
        System.out.print(profile.summary());
        long start = System.nanoTime();
        CorpusGenerator.Written w = new CorpusGenerator(profile, scale, seed).write(out);
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("generated %d records in %.1f s: %s%n", w.total(), secs, w.records());
    }
}
