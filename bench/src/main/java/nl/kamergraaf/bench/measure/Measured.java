package nl.kamergraaf.bench.measure;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;

/**
 * Runs another program's main (ours, or Jena's riot and tdb2.tdbloader) in this JVM and, when the JVM ends (also by
 * System.exit), reports on stderr one line {@code BENCH millis=… cpuMillis=… peakRssKb=… peakAnonKb=… liveHeapKb=…}:
 * <ul>
 * <li>the wall time of the main, and the CPU time of the process (robust when other work shares the cores);</li>
 * <li>the peak resident memory (VmHWM, which also counts the pages of memory-mapped files such as TDB2's indexes) and
 * the peak anonymous resident memory (RssAnon, sampled: the process's own heap and native memory);</li>
 * <li>the largest heap in use right after a full collection: what the program keeps alive, as opposed to how far the
 * collector let garbage pile up (0 when no full collection ran).</li>
 * </ul>
 */
public final class Measured {
    static final String PREFIX = "BENCH ";
    private static final AtomicLong PEAK_ANON = new AtomicLong();
    private static final AtomicLong LIVE_HEAP = new AtomicLong();

    private Measured() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) throw new IllegalArgumentException("usage: Measured MAIN-CLASS ARGS...");
        long start = System.nanoTime();
        watchFullCollections();
        Thread sampler = new Thread(Measured::sampleAnon, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
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
        long cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
        // what is still alive at the end counts too (the mapper's run-wide indexes are largest there)
        System.gc();
        LIVE_HEAP.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        PEAK_ANON.accumulateAndGet(status("RssAnon:"), Math::max);
        say("millis=" + millis + " cpuMillis=" + cpu + " peakRssKb=" + status("VmHWM:") + " peakAnonKb=" + PEAK_ANON.get()
                + " liveHeapKb=" + LIVE_HEAP.get() / 1024);
    }

    private static void sampleAnon() {
        while (true) {
            PEAK_ANON.accumulateAndGet(status("RssAnon:"), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void watchFullCollections() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((n, h) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                if (!info.getGcAction().contains("major") && !info.getGcCause().contains("System.gc")) return;
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                LIVE_HEAP.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    /** A figure of /proc/self/status in kB; -1 where there is none (not Linux). */
    static long status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure rather than a wrong one
        }
        return -1;
    }
}
