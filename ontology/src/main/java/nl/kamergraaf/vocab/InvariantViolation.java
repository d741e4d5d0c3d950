package nl.kamergraaf.vocab;

import java.util.List;

/**
 * One thing that breaks a data invariant: which invariant, the thing, what is wrong, and the records (named graphs)
 * that state it with the files or URLs they came from, so a publisher can find the input to fix.
 */
public record InvariantViolation(String invariant, String focus, String detail, List<String> records, List<String> sources) {
    public InvariantViolation {
        records = List.copyOf(records);
        sources = List.copyOf(sources);
    }

    /** One line per violation, in the style of a shape violation. */
    public String readable() {
        return "Violation [" + invariant + "] " + focus + ": " + detail
                + (records.isEmpty() ? "" : "; record(s) " + String.join(", ", records))
                + (sources.isEmpty() ? "" : "; from " + String.join(", ", sources));
    }
}
