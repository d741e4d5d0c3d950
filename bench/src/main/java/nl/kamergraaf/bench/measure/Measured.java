package nl.kamergraaf.bench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs another program's main (ours, or Jena's riot and tdb2.tdbloader) in this JVM and, when the JVM ends (also by
 * System.exit), reports on stderr one line {@code BENCH millis=… peakRssKb=… peakHeapKb=…}: the wall time of the
 * main, the process's peak resident memory (Linux VmHWM) and the peak use of the heap's old generation (what stays
 * alive, as opposed to how far the collector let the heap grow).
 */
public final class Measured {
    static final String PREFIX = "BENCH ";

    private Measured() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) throw new IllegalArgumentException("usage: Measured MAIN-CLASS ARGS...");
        long start = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> report(start)));
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    /** Our own mains add their figures with this. */
    public static void say(String keyValues) {
        System.err.println(PREFIX + keyValues);
        System.err.flush();
    }

    private static void report(long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        say("millis=" + millis + " peakRssKb=" + peakRssKb() + " peakHeapKb=" + peakOldGenKb());
    }

    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure rather than a wrong one
        }
        return -1;
    }

    private static long peakOldGenKb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old Gen")) peak += pool.getPeakUsage().getUsed();
        }
        return peak / 1024;
    }
}
