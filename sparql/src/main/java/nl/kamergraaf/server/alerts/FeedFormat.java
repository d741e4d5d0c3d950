package nl.kamergraaf.server.alerts;

import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;

import jakarta.servlet.http.HttpServletRequest;

/** The formats a feed is offered in: Atom (the default), RSS, iCalendar; by suffix or by Accept. */
enum FeedFormat {
    ATOM("atom", AtomFeedWriter.MEDIA_TYPE),
    RSS("rss", RssFeedWriter.MEDIA_TYPE),
    ICS("ics", IcsWriter.MEDIA_TYPE);

    private static final AcceptList OFFER = AcceptList.create(ATOM.mediaType, RSS.mediaType, ICS.mediaType);

    final String suffix;
    final String mediaType;

    FeedFormat(String suffix, String mediaType) {
        this.suffix = suffix;
        this.mediaType = mediaType;
    }

    /** The format a path's suffix names ({@code .atom}, {@code .rss}, {@code .ics}), if it has one. */
    static Optional<FeedFormat> ofPath(String path) {
        for (FeedFormat f : values()) if (path.endsWith("." + f.suffix)) return Optional.of(f);
        return Optional.empty();
    }

    static FeedFormat negotiate(HttpServletRequest req) {
        MediaType chosen = ConNeg.chooseContentType(req, OFFER, MediaType.create(ATOM.mediaType));
        for (FeedFormat f : values()) if (f.mediaType.equals(chosen.getContentTypeStr())) return f;
        return ATOM;
    }
}
