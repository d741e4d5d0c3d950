package nl.kamergraaf.linkeddata;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats a description document is offered in, each with the file suffix used in links
 * ({@code /doc/document/2024D50227.ttl}) and the media type used in content negotiation.
 */
public enum Representation {
    // Declaration order is the server's preference when the client has none (Accept: */* or no Accept at all):
    // Turtle first, so that curl without options gets readable RDF; browsers always ask for text/html explicitly.
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    HTML("html", "text/html", null),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    private static final AcceptList OFFER = AcceptList.create(
            Arrays.stream(values()).map(r -> r.mediaType).toArray(String[]::new));

    private final String suffix;
    private final String mediaType;
    private final RDFFormat rdfFormat;

    Representation(String suffix, String mediaType, RDFFormat rdfFormat) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
    }

    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: text formats say UTF-8; JSON-LD and RDF/XML carry their encoding by definition. */
    public String contentType() {
        return mediaType.startsWith("text/") || this == NTRIPLES ? mediaType + "; charset=utf-8" : mediaType;
    }

    public boolean isRdf() {
        return rdfFormat != null;
    }

    /** The Jena writer format; only for RDF representations. */
    public RDFFormat rdfFormat() {
        if (rdfFormat == null) throw new IllegalStateException(this + " is not an RDF format");
        return rdfFormat;
    }

    public Lang lang() {
        return rdfFormat().getLang();
    }

    public static Optional<Representation> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(r -> r.suffix.equals(suffix)).findFirst();
    }

    /**
     * The representation that best fits an Accept header, by its q-values (Jena's media-range matching); an empty or
     * missing header accepts anything. Empty when the client accepts none of ours (the caller answers 406).
     */
    public static Optional<Representation> negotiate(String acceptHeader) {
        String accept = acceptHeader == null || acceptHeader.isBlank() ? "*/*" : acceptHeader;
        // Old browsers and some crawlers send "application/xhtml+xml" only: that is a request for a web page.
        accept = accept.replace("application/xhtml+xml", "text/html");
        AcceptList proposal;
        try {
            proposal = new AcceptList(accept);
        } catch (RuntimeException e) {
            proposal = new AcceptList("*/*");
        }
        MediaType chosen = AcceptList.match(proposal, OFFER);
        if (chosen == null) return Optional.empty();
        String type = chosen.getContentTypeStr();
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(type)).findFirst();
    }
}
