package nl.kamergraaf.server.alerts;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ready-made feeds and the IRIs they follow: {@code dossier/<nummer>}, {@code persoon/<guid>} and
 * {@code fractie/<guid>} for things minted under the data's base ({@code <base>/id/dossier/36600-XIII}), and
 * {@code ministerie/<code>} for TOOI ministries ({@code https://identifier.overheid.nl/tooi/id/ministerie/mnre1045}).
 * A saved query's feed is {@code query/<name>}.
 */
public final class FeedKeys {
    public static final Set<String> KINDS = Set.of("dossier", "persoon", "fractie", "ministerie");
    public static final String QUERY = "query/";
    private static final Pattern OURS = Pattern.compile(".*/id/(dossier|persoon|fractie)/([^/?#]+)");
    private static final String TOOI_MINISTERIE = "https://identifier.overheid.nl/tooi/id/ministerie/";
    /** What a key's own part may be: dossier numbers, GUIDs, TOOI codes, query names. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

    private FeedKeys() {}

    /** The ready-made feed an IRI is the subject of, if any. */
    public static Optional<String> of(String iri) {
        Matcher m = OURS.matcher(iri);
        if (m.matches() && KEY.matcher(m.group(2)).matches()) return Optional.of(m.group(1) + "/" + m.group(2));
        if (iri.startsWith(TOOI_MINISTERIE)) {
            String code = iri.substring(TOOI_MINISTERIE.length());
            if (KEY.matcher(code).matches()) return Optional.of("ministerie/" + code);
        }
        return Optional.empty();
    }

    /** Whether {@code kind/key} names a ready-made feed (as in the path {@code /alerts/kind/key}). */
    public static boolean isReadyMade(String kind, String key) {
        return KINDS.contains(kind) && KEY.matcher(key).matches();
    }

    public static String query(String name) {
        return QUERY + name;
    }
}
