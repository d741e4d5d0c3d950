package nl.kamergraaf.bench.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one measured program in a JVM of its own, so that its memory and time are its own: the same java and class
 * path as this JVM, a heap bound, optionally a flight recording. Collects the {@code BENCH key=value} lines it
 * prints on stderr; the rest of its stderr goes to a log file.
 */
public record ChildJvm(String heap, Path logDir, PrintStream console) {

    /** What a run reported: its BENCH figures. */
    public record Result(Map<String, String> figures) {
        public long millis() {
            return Long.parseLong(figures.get("millis"));
        }

        public long number(String key) {
            String v = figures.get(key);
            if (v == null) throw new IllegalStateException("the run did not report " + key + ": " + figures);
            return Long.parseLong(v);
        }
    }

    /**
     * @param name    a name for the log file
     * @param stdout  where the program's standard output goes (null: discarded)
     * @param jfr     a flight recording file to write (null: none)
     */
    public Result run(String name, Path stdout, Path jfr, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+UseParallelGC");
        if (jfr != null) cmd.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Measured.class.getName());
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process p = pb.start();
        Map<String, String> figures = new LinkedHashMap<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
                var logOut = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = err.readLine()) != null) {
                logOut.write(line);
                logOut.newLine();
                if (line.startsWith(Measured.PREFIX)) {
                    for (String kv : line.substring(Measured.PREFIX.length()).trim().split("\\s+")) {
                        int eq = kv.indexOf('=');
                        if (eq > 0) figures.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                }
            }
        }
        if (!p.waitFor(2, TimeUnit.HOURS)) {
            p.destroyForcibly();
            throw new IOException(name + " did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException(name + " failed with exit code " + p.exitValue() + "; see " + log + ":\n" + tail(log));
        }
        if (!figures.containsKey("millis")) throw new IOException(name + " reported no time; see " + log);
        console.printf("  [%s: %.1f s, peak RSS %d MB]%n", name, Long.parseLong(figures.get("millis")) / 1000.0,
                Long.parseLong(figures.getOrDefault("peakRssKb", "0")) / 1024);
        return new Result(figures);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
