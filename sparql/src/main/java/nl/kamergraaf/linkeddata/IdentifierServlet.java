package nl.kamergraaf.linkeddata;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;

import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * Answers for the things themselves ({@code /id/...}): a thing is not a document, so the answer is 303 See Other to
 * its description document {@code /doc/...}, which then negotiates the format (httpRange-14); {@code /id/...ttl}
 * (any format suffix) answers 303 to that format's document. An IRI the store knows
 * nothing about answers 404 here directly; a deleted one is sent on to its description, which answers 410.
 */
final class IdentifierServlet extends HttpServlet {
    private final transient Describer describer;
    private final transient Addresses addresses;

    IdentifierServlet(Describer describer, Addresses addresses) {
        this.describer = describer;
        this.addresses = addresses;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String key = req.getRequestURI().substring(Addresses.ID.length());
        Node thing;
        Representation format = null;
        try {
            thing = UriMinter.checked(addresses.thingForPath(key));
            // {iri}.ttl and the like: a link naming a format; the thing is the IRI without the suffix.
            int dot = key.lastIndexOf('.');
            if (dot > key.lastIndexOf('/') && !describer.isKnown(thing)) {
                var suffixed = Representation.bySuffix(key.substring(dot + 1));
                if (suffixed.isPresent()) {
                    format = suffixed.get();
                    key = key.substring(0, dot);
                    thing = UriMinter.checked(addresses.thingForPath(key));
                }
            }
        } catch (IllegalArgumentException e) {
            DescriptionServlet.sendMessage(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request", e.getMessage());
            return;
        }
        if (key.isEmpty() || !describer.isKnown(thing)) {
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
