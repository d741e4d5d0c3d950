package nl.kamergraaf.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the figures as they come and keeps them for a Markdown summary. Every comparison is a RATIO line: a
 * measured figure against its reference measured in the same run, with the target and whether it was met.
 */
final class Report {
    private final PrintStream out;
    private final List<String> markdown = new ArrayList<>();

    Report(PrintStream out) {
        this.out = out;
    }

    void section(String title) {
        out.println();
        out.println("== " + title);
        markdown.add("");
        markdown.add("### " + title);
        markdown.add("");
    }

    void line(String fmt, Object... args) {
        String s = String.format(Locale.ROOT, fmt, args);
        out.println("   " + s);
        markdown.add("    " + s);
    }

    /**
     * @param higherIsBetter whether the ratio should be at least the target (else at most)
     */
    void ratio(String what, double ratio, double target, boolean higherIsBetter) {
        boolean met = higherIsBetter ? ratio >= target : ratio <= target;
        String s = String.format(Locale.ROOT, "RATIO %-62s %8.2f   target %s %.2f   %s", what, ratio, higherIsBetter ? ">=" : "<=",
                target, met ? "met" : "MISSED");
        out.println(s);
        markdown.add("    " + s);
    }

    /** A ratio shown for information, with no target. */
    void ratio(String what, double ratio) {
        String s = String.format(Locale.ROOT, "RATIO %-62s %8.2f", what, ratio);
        out.println(s);
        markdown.add("    " + s);
    }

    void writeMarkdown(Path file, String header) throws IOException {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(markdown);
        Files.write(file, all, StandardCharsets.UTF_8);
    }
}
