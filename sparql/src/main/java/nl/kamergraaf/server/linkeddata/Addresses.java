package nl.kamergraaf.server.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where things, record graphs and their description documents live on this server. Things minted under the data's
 * base, {@code {base}/id/{type}/{key}}, are described at {@code /doc/{type}/{key}}; record graphs,
 * {@code {base}/graph/{kind}/{key}}, at {@code /doc/graph/{kind}/{key}} (no thing type is called "graph", so the two
 * never meet); anything else the graph describes (an ELI act, a TOOI ministry, an ontology term) at
 * {@code /doc?uri={iri}}. A suffix picks a format: {@code /doc/document/2024D50227.ttl}, {@code /doc.ttl?uri=...};
 * {@code page=n} picks a page of incoming links (and of the things a record graph describes).
 *
 * <p>Paths handed out for links are root-relative, so pages work whatever host and port the server answers on;
 * the IRIs in RDF stay those of the data's base (see docs/linked-data.md, "Base IRI and server address").
 */
public final class Addresses {
    public static final String ID = "/id/";
    public static final String GRAPH = "/graph/";
    public static final String DOC = "/doc";
    /** The first path segment under /doc/ that names a record graph rather than a thing type. */
    private static final String GRAPH_KEY = "graph/";

    private final String base;

    public Addresses(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String base() {
        return base;
    }

    /** Whether this server mints and answers for the IRI: a thing under /id/ or a record graph under /graph/. */
    public boolean isOurs(String iri) {
        return isThing(iri) || isRecordGraph(iri);
    }

    /** Whether the IRI is a thing under /id/. */
    public boolean isThing(String iri) {
        return iri.startsWith(base + ID) && iri.length() > base.length() + ID.length();
    }

    /** Whether the IRI is a record graph (or the ontology or gazetteer graph) under /graph/. */
    public boolean isRecordGraph(String iri) {
        return iri.startsWith(base + GRAPH) && iri.length() > base.length() + GRAPH.length();
    }

    /** The IRI a request path under /id/ or /graph/ names (raw, still percent-encoded, without suffix). */
    public String iriForPath(String path) {
        return base + path;
    }

    /** The IRI a description document's path names, given the part after /doc/ (without suffix). */
    public String iriForDocKey(String docKey) {
        return docKey.startsWith(GRAPH_KEY) ? base + "/" + docKey : base + ID + docKey;
    }

    /** Whether a path after /doc/ names a record graph's description. */
    public static boolean isRecordGraphDocKey(String docKey) {
        return docKey.startsWith(GRAPH_KEY);
    }

    /** The root-relative path where this server answers for one of its IRIs: /id/... or /graph/...; empty for others. */
    public Optional<String> pathOf(String iri) {
        return isOurs(iri) ? Optional.of(iri.substring(base.length())) : Optional.empty();
    }

    /** A record graph's key as a reader sees it: {@code pagina/2024D50227} for {@code {base}/graph/pagina/2024D50227}. */
    public String recordGraphKey(String iri) {
        if (!isRecordGraph(iri)) throw new IllegalArgumentException("Not a record graph of this server: " + iri);
        return iri.substring(base.length() + GRAPH.length());
    }

    /** The root-relative path of the description document; {@code format} null means "negotiate"; page 1 is the plain path. */
    public String docPath(String iri, Representation format, int page) {
        String suffix = format == null ? "" : "." + format.suffix();
        String path;
        String sep;
        if (isThing(iri)) {
            path = DOC + "/" + iri.substring(base.length() + ID.length()) + suffix;
            sep = "?";
        } else if (isRecordGraph(iri)) {
            path = DOC + "/" + GRAPH_KEY + recordGraphKey(iri) + suffix;
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
