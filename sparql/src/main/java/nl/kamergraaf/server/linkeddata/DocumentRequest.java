package nl.kamergraaf.server.linkeddata;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * A request for a description document, read from its URL: which thing, which format if the URL names one by suffix,
 * and which page of incoming links. {@code /doc/{type}/{key}[.suffix]} for our things,
 * {@code /doc/graph/{kind}/{key}[.suffix]} for record graphs (which also have the suffixes of their whole content,
 * .trig and .nq), {@code /doc[.suffix]?uri=} for others.
 */
record DocumentRequest(Node thing, Optional<Representation> format, int page) {

    /** Thrown for a URL that names no valid thing or page: the answer is 400 with this message. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }

    static DocumentRequest parse(HttpServletRequest req, Addresses addresses) throws BadRequest {
        String path = req.getRequestURI(); // raw: IRIs keep their percent-encoding as minted
        int page = page(req.getParameter("page"));
        if (path.startsWith(Addresses.DOC + "/")) {
            String key = path.substring(Addresses.DOC.length() + 1);
            Optional<Representation> format = Optional.empty();
            int dot = key.lastIndexOf('.');
            if (dot > key.lastIndexOf('/')) {
                format = Representation.bySuffix(key.substring(dot + 1), Representation.offeredFor(Addresses.isRecordGraphDocKey(key)));
                if (format.isPresent()) key = key.substring(0, dot);
            }
            if (key.isEmpty()) throw new BadRequest("No thing named after /doc/");
            return new DocumentRequest(iri(addresses.iriForDocKey(key)), format, page);
        }
        Optional<Representation> format = Optional.empty();
        if (path.startsWith(Addresses.DOC + ".")) {
            String suffix = path.substring(Addresses.DOC.length() + 1);
            format = Representation.bySuffix(suffix);
            if (format.isEmpty()) throw new BadRequest("Unknown format suffix '." + suffix + "'");
        }
        String uri = req.getParameter("uri");
        if (uri == null || uri.isBlank()) throw new BadRequest("Say which thing to describe: /doc?uri=<IRI>");
        return new DocumentRequest(iri(uri.strip()), format, page);
    }

    /**
     * Checks an IRI from a URL. Ontology terms have fragments (kg:citeert is ...def#citeert): the part before the
     * fragment must be an absolute IRI, and the whole must parse.
     */
    private static Node iri(String iri) throws BadRequest {
        try {
            int hash = iri.indexOf('#');
            if (hash < 0) return UriMinter.checked(iri);
            UriMinter.checked(iri.substring(0, hash));
            IRIx.create(iri);
            return NodeFactory.createURI(iri);
        } catch (IllegalArgumentException | IRIException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static int page(String value) throws BadRequest {
        if (value == null) return 1;
        try {
            int page = Integer.parseInt(value.strip());
            if (page < 1) throw new BadRequest("The page number must be 1 or more, got '" + value + "'");
            return page;
        } catch (NumberFormatException e) {
            throw new BadRequest("The page number must be a whole number, got '" + value + "'");
        }
    }
}
