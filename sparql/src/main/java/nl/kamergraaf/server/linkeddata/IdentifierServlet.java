package nl.kamergraaf.server.linkeddata;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;

import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * Answers for the IRIs this server mints, things ({@code /id/...}) and record graphs ({@code /graph/...}): neither is
 * a document, so the answer is 303 See Other to its description document {@code /doc/...}, which then negotiates the
 * format (httpRange-14); {@code /id/...ttl} (any format suffix; for a record graph also .trig and .nq, its whole
 * content) answers 303 to that format's document. An IRI the store knows nothing about answers 404 here directly; a
 * deleted one is sent on to its description, which answers 410.
 */
final class IdentifierServlet extends HttpServlet {
    private final transient Describer describer;
    private final transient Addresses addresses;
    /** The path prefix this servlet is mounted at: {@link Addresses#ID} or {@link Addresses#GRAPH}. */
    private final String prefix;

    IdentifierServlet(Describer describer, Addresses addresses, String prefix) {
        this.describer = describer;
        this.addresses = addresses;
        this.prefix = prefix;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI(); // raw: IRIs keep their percent-encoding as minted
        Node thing;
        Representation format = null;
        try {
            thing = UriMinter.checked(addresses.iriForPath(path));
            // {iri}.ttl and the like: a link naming a format; the thing is the IRI without the suffix.
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/') && !describer.isKnown(thing)) {
                List<Representation> offered = Representation.offeredFor(addresses.isRecordGraph(thing.getURI()));
                var suffixed = Representation.bySuffix(path.substring(dot + 1), offered);
                if (suffixed.isPresent()) {
                    format = suffixed.get();
                    path = path.substring(0, dot);
                    thing = UriMinter.checked(addresses.iriForPath(path));
                }
            }
        } catch (IllegalArgumentException e) {
            DescriptionServlet.sendMessage(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request", e.getMessage());
            return;
        }
        if (path.length() <= prefix.length() || !describer.isKnown(thing)) {
            DescriptionServlet.sendMessage(resp, HttpServletResponse.SC_NOT_FOUND, "Not found",
                    "Nothing is known about " + thing.getURI());
            return;
        }
        String query = req.getQueryString();
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", addresses.docPath(thing.getURI(), format, 1) + (query == null ? "" : "?" + query));
        resp.setHeader("Vary", "Accept");
        resp.setContentLength(0);
    }
}
