package nl.kamergraaf.mapper.source.office;

import java.util.LinkedHashSet;
import java.util.Set;

/** Turns POI's exceptions, often wrapped several deep, into one line that says what was wrong with the file. */
final class OfficeErrors {
    private OfficeErrors() {}

    static String describe(Throwable e) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = e; t != null && messages.size() < 4; t = t.getCause()) {
            String m = t.getMessage();
            String line = (m == null || m.isBlank()) ? t.getClass().getSimpleName() : firstLine(m);
            messages.add(line);
        }
        return String.join(": ", messages);
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        String s = (nl < 0 ? m : m.substring(0, nl)).strip();
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
