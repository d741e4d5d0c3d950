package nl.kamergraaf.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses among the media types a resource is offered in by the request's Accept header. Jena reads the header and
 * tells which ranges accept a type; the choice follows HTTP (RFC 9110, 12.5.1): a type's weight is the q of the most
 * specific range that accepts it, so {@code text/html;q=0, * / *;q=0.1} refuses HTML. (Jena's
 * {@code AcceptList.match} takes the highest q of any accepting range instead, which would still choose HTML there.)
 * The highest weight above zero wins; at equal weight a type the client named beats one it reached by a wildcard (as
 * in Jena, so {@code application/json, * / *} gets JSON where HTML is offered first), then the first offered wins. A
 * missing, blank or unreadable header accepts anything; media types compare case-insensitively.
 */
public final class ContentNegotiation {
    private static final String ANYTHING = "*/*";

    private ContentNegotiation() {}

    /** The offered type the client prefers; empty when it accepts none of them (the caller answers 406). */
    public static Optional<String> choose(String acceptHeader, List<String> offered) {
        List<MediaRange> ranges = ranges(acceptHeader);
        String best = null;
        MediaRange bestRange = null;
        for (String type : offered) {
            MediaRange r = deciding(ranges, MediaType.create(type));
            if (r == null || r.get_q() <= 0) continue;
            if (bestRange == null || r.get_q() > bestRange.get_q()
                    || (r.get_q() == bestRange.get_q() && specificity(r) > specificity(bestRange))) {
                best = type;
                bestRange = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The most specific range that accepts the type: its q is the type's weight. */
    private static MediaRange deciding(List<MediaRange> ranges, MediaType type) {
        MediaRange deciding = null;
        for (MediaRange r : ranges) {
            if (r.accepts(type) && (deciding == null || specificity(r) > specificity(deciding))) deciding = r;
        }
        return deciding;
    }

    /** {@code type/subtype} beats {@code type/*}, which beats {@code * / *}. */
    private static int specificity(MediaRange r) {
        if (ANYTHING.equals(r.getType() + "/" + r.getSubType())) return 0;
        return "*".equals(r.getSubType()) ? 1 : 2;
    }

    private static List<MediaRange> ranges(String header) {
        if (header == null || header.isBlank()) header = ANYTHING;
        try {
            return new AcceptList(header.toLowerCase(Locale.ROOT)).entries();
        } catch (RuntimeException e) {
            // A header Jena cannot read states no preference we could honour.
            return new AcceptList(ANYTHING).entries();
        }
    }
}
