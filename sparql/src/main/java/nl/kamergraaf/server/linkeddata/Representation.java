package nl.kamergraaf.server.linkeddata;

import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats a description document is offered in, each with the file suffix used in links
 * ({@code /doc/document/2024D50227.ttl}) and the media type used in content negotiation. A record graph's document
 * is offered in two more, which can carry a named graph: TriG and N-Quads give the record's whole content (all its
 * quads) rather than its description.
 */
public enum Representation {
    // Declaration order is the server's preference when the client has none (Accept: */* or no Accept at all):
    // Turtle first, so that curl without options gets readable RDF; browsers always ask for text/html explicitly.
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    HTML("html", "text/html", null),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN),
    TRIG("trig", "application/trig", RDFFormat.TRIG_PRETTY),
    NQUADS("nq", "application/n-quads", RDFFormat.NQUADS_UTF8);

    /** What every description document is offered in. */
    public static final List<Representation> DESCRIPTIONS = List.of(TURTLE, HTML, JSONLD, NTRIPLES, RDFXML);
    /** What a record graph's document is offered in: its description, and its whole content in TriG and N-Quads. */
    public static final List<Representation> RECORD_GRAPH = List.of(values());

    private final String suffix;
    private final String mediaType;
    private final RDFFormat rdfFormat;

    Representation(String suffix, String mediaType, RDFFormat rdfFormat) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
    }

    /** The formats offered for a document: a record graph's, or any other's. */
    public static List<Representation> offeredFor(boolean recordGraph) {
        return recordGraph ? RECORD_GRAPH : DESCRIPTIONS;
    }

    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: text formats say UTF-8; JSON-LD, RDF/XML and TriG carry their encoding by definition. */
    public String contentType() {
        return mediaType.startsWith("text/") || this == NTRIPLES || this == NQUADS ? mediaType + "; charset=utf-8" : mediaType;
    }

    public boolean isRdf() {
        return rdfFormat != null;
    }

    /** Whether this format gives a record graph's whole content (its quads) rather than a description. */
    public boolean isWholeRecord() {
        return this == TRIG || this == NQUADS;
    }

    /** The Jena writer format; only for RDF representations. */
    public RDFFormat rdfFormat() {
        if (rdfFormat == null) throw new IllegalStateException(this + " is not an RDF format");
        return rdfFormat;
    }

    public Lang lang() {
        return rdfFormat().getLang();
    }

    /** The format of a suffix among those offered. */
    public static Optional<Representation> bySuffix(String suffix, List<Representation> offered) {
        return offered.stream().filter(r -> r.suffix.equals(suffix)).findFirst();
    }

    /** The format of a suffix among those of every description document. */
    public static Optional<Representation> bySuffix(String suffix) {
        return bySuffix(suffix, DESCRIPTIONS);
    }

    /** {@link #negotiate(String, List)} among the formats of every description document. */
    public static Optional<Representation> negotiate(String acceptHeader) {
        return negotiate(acceptHeader, DESCRIPTIONS);
    }

    /**
     * The offered representation that best fits an Accept header, by its q-values (Jena's media-range matching); an
     * empty or missing header accepts anything, and then the first offered (Turtle) wins. Empty when the client
     * accepts none of those offered (the caller answers 406).
     */
    public static Optional<Representation> negotiate(String acceptHeader, List<Representation> offered) {
        String accept = acceptHeader == null || acceptHeader.isBlank() ? "*/*" : acceptHeader;
        // Old browsers and some crawlers send "application/xhtml+xml" only: that is a request for a web page.
        accept = accept.replace("application/xhtml+xml", "text/html");
        AcceptList proposal;
        try {
            proposal = new AcceptList(accept);
        } catch (RuntimeException e) {
            proposal = new AcceptList("*/*");
        }
        MediaType chosen = AcceptList.match(proposal, AcceptList.create(offered.stream().map(r -> r.mediaType).toArray(String[]::new)));
        if (chosen == null) return Optional.empty();
        String type = chosen.getContentTypeStr();
        return offered.stream().filter(r -> r.mediaType.equals(type)).findFirst();
    }
}
