package nl.kamergraaf.bench.measure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from a flight recording's execution samples: the methods most often on top of the stack
 * (self time), and the methods of our own code most often anywhere on the stack (inclusive time).
 */
public final class JfrSummary {
    private JfrSummary() {}

    /** Top frames by self time and by inclusive time, as printable lines with their share of the samples. */
    public static List<String> summarise(Path jfr, int top, String ownPackage) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) continue;
            samples++;
            List<RecordedFrame> frames = st.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream().map(JfrSummary::name).filter(n -> n.startsWith(ownPackage)).distinct()
                    .forEach(n -> inclusive.merge(n, 1, Integer::sum));
        }
        int total = Math.max(1, samples);
        List<String> lines = new java.util.ArrayList<>();
        lines.add(samples + " execution samples");
        lines.add("self time (top of stack):");
        top(self, top).forEach((k, v) -> lines.add(String.format("  %5.1f%%  %s", 100.0 * v / total, k)));
        lines.add("inclusive time, " + ownPackage + " methods:");
        top(inclusive, top).forEach((k, v) -> lines.add(String.format("  %5.1f%%  %s", 100.0 * v / total, k)));
        return lines;
    }

    private static Map<String, Integer> top(Map<String, Integer> m, int n) {
        return m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    public static void main(String[] args) throws IOException {
        summarise(Path.of(args[0]), 25, args.length > 1 ? args[1] : "nl.kamergraaf").forEach(System.out::println);
    }
}
