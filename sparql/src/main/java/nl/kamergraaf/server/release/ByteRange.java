package nl.kamergraaf.server.release;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP Range header (RFC 9110 §14): {@code bytes=first-last}, {@code bytes=first-} or
 * {@code bytes=-suffixLength}, resolved against the length of the file.
 */
record ByteRange(long first, long last) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    long length() {
        return last - first + 1;
    }

    /** What a Range header asks of a file of the given length. */
    sealed interface Request permits Whole, Partial, Unsatisfiable {}
    /** No range, or one the server may ignore (several ranges, a malformed header): send the whole file. */
    record Whole() implements Request {}
    record Partial(ByteRange range) implements Request {}
    /** A well-formed range that lies outside the file: 416. */
    record Unsatisfiable() implements Request {}

    static Request parse(Optional<String> header, long fileLength) {
        if (header.isEmpty()) return new Whole();
        Matcher m = SINGLE.matcher(header.get().strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return new Whole();
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || fileLength == 0) return new Unsatisfiable();
                return new Partial(new ByteRange(Math.max(0, fileLength - suffix), fileLength - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? fileLength - 1 : Math.min(Long.parseLong(m.group(2)), fileLength - 1);
            if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) return new Whole();
            if (first >= fileLength) return new Unsatisfiable();
            return new Partial(new ByteRange(first, last));
        } catch (NumberFormatException tooLong) {
            return new Unsatisfiable();
        }
    }
}
