package nl.kamergraaf.store.sync;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The base URL of the Tweede Kamer API ({@value #DEFAULT}), configurable so that a mirror or a test server can stand
 * in. Also the guard for links a page hands us: only links on the same scheme, host and port are followed.
 */
public record ApiBase(URI uri) {
    public static final String DEFAULT = "https://gegevensmagazijn.tweedekamer.nl";

    public ApiBase {
        Objects.requireNonNull(uri);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("The API base must be an http(s) URL, got '" + uri + "'");
        }
    }

    public static ApiBase of(String url) {
        return new ApiBase(URI.create(url.endsWith("/") ? url : url + "/"));
    }

    /** {@code path} (relative, no leading slash) under the base, with an already encoded query. */
    public URI resolve(String path, String encodedQuery) {
        return URI.create(uri.resolve(path) + (encodedQuery == null || encodedQuery.isEmpty() ? "" : "?" + encodedQuery));
    }

    /** Whether a link given by the source may be followed: same scheme, host and port as the base. */
    public boolean owns(URI link) {
        return link.isAbsolute() && Objects.equals(link.getScheme(), uri.getScheme())
                && Objects.equals(link.getHost(), uri.getHost()) && link.getPort() == uri.getPort();
    }

    /** Percent-encodes a query value (spaces as %20, as OData expects). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
