package nl.kamergraaf.mapper.uri;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The prefixes of IRIs that passed the full IRI check, so that the millions of IRIs a mapping run mints from a few
 * hundred prefixes ({@code …/id/stemming/}, {@code …/graph/odata-besluit/}, concept schemes) are not each parsed again:
 * the benchmarks showed the full parse as a tenth of the mapping time. A prefix runs up to a {@code /} after the
 * authority; an IRI is covered when its prefix was checked and the rest is unreserved characters only (letters,
 * digits, {@code - . _ ~}), which are valid in any path segment, query or fragment (RFC 3986 §2.3, RFC 3987). Anything
 * else (percent-encodings, other characters, a new prefix) takes the full check.
 */
final class CheckedPrefixes {
    /** Enough for every prefix a run mints; a bound so that data-borne IRIs cannot grow it without end. */
    private static final int MAX = 4096;
    private static final Set<String> PREFIXES = ConcurrentHashMap.newKeySet();

    private CheckedPrefixes() {}

    static boolean covers(String iri) {
        int cut = cut(iri);
        return cut > 0 && PREFIXES.contains(iri.substring(0, cut));
    }

    /** Called with an IRI that passed the full check. */
    static void remember(String iri) {
        int cut = cut(iri);
        if (cut > 0 && PREFIXES.size() < MAX) PREFIXES.add(iri.substring(0, cut));
    }

    /**
     * Where the prefix of the IRI ends (after its last '/'), or -1 when the IRI has no prefix beyond its authority
     * or its rest is not only unreserved characters (or is empty, or starts with a dot: no dot segments).
     */
    static int cut(String iri) {
        int scheme = iri.indexOf("://");
        int slash = iri.lastIndexOf('/');
        if (scheme <= 0 || slash <= scheme + 2 || slash == iri.length() - 1 || iri.charAt(slash + 1) == '.') return -1;
        for (int i = slash + 1; i < iri.length(); i++) {
            char c = iri.charAt(i);
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~';
            if (!unreserved) return -1;
        }
        return slash + 1;
    }
}
