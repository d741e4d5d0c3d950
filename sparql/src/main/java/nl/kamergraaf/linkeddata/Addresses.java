package nl.kamergraaf.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where things and their description documents live on this server. Things minted under the data's base,
 * {@code {base}/id/{type}/{key}}, are described at {@code /doc/{type}/{key}}; anything else the graph describes (an ELI
 * act, a TOOI ministry, an ontology term) at {@code /doc?uri={iri}}. A suffix picks a format:
 * {@code /doc/document/2024D50227.ttl}, {@code /doc.ttl?uri=...}; {@code page=n} picks a page of incoming links.
 *
 * <p>Paths handed out for links are root-relative, so pages work whatever host and port the server answers on;
 * the IRIs in RDF stay those of the data's base (see docs/linked-data.md, "Base IRI and server address").
 */
public final class Addresses {
    public static final String ID = "/id/";
    public static final String DOC = "/doc";

    private final String base;

    public Addresses(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String base() {
        return base;
    }

    /** Whether the IRI is one of the things this server mints and answers for under /id/. */
    public boolean isOurs(String iri) {
        return iri.startsWith(base + ID) && iri.length() > base.length() + ID.length();
    }

    /** The thing IRI for a request path under /id/ or /doc/ (raw, still percent-encoded, without suffix). */
    public String thingForPath(String keyPath) {
        return base + ID + keyPath;
    }

    /** The root-relative path of the thing itself: /id/... for our things; empty for others (they are not ours to answer). */
    public Optional<String> idPath(String iri) {
        return isOurs(iri) ? Optional.of(iri.substring(base.length())) : Optional.empty();
    }

    /** The root-relative path of the description document; {@code format} null means "negotiate"; page 1 is the plain path. */
    public String docPath(String iri, Representation format, int page) {
        String suffix = format == null ? "" : "." + format.suffix();
        String path;
        String sep;
        if (isOurs(iri)) {
            path = DOC + "/" + iri.substring(base.length() + ID.length()) + suffix;
            sep = "?";
        } else {
            path = DOC + suffix + "?uri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
            sep = "&";
        }
        return page > 1 ? path + sep + "page=" + page : path;
    }

    public String docPath(String iri) {
        return docPath(iri, null, 1);
    }

    /** The description document as an absolute IRI under the data's base, for statements about the document in RDF. */
    public String docIri(String iri, int page) {
        return base + docPath(iri, null, page);
    }
}
