package nl.kamergraaf.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.server.HtmlTemplates;

/**
 * Serves description documents ({@code /doc/...}, {@code /doc?uri=}) in the format the URL's suffix names or, without
 * one, the format the Accept header asks for (then with {@code Vary: Accept} and a {@code Content-Location} naming
 * the format's own URL). 404 for IRIs the store knows nothing about, 410 with the tombstone for deleted records,
 * 304 when the client's copy is current. A record graph's document ({@code /doc/graph/...}) is also offered as the
 * record's whole content, in TriG and N-Quads.
 */
final class DescriptionServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(DescriptionServlet.class);

    private final transient Describer describer;
    private final transient RecordContent records;
    private final transient Addresses addresses;
    /** Asked per request: a hot switch to a new build changes it while the server runs. */
    private final transient Supplier<Instant> lastModified;

    DescriptionServlet(Describer describer, RecordContent records, Addresses addresses, Supplier<Instant> lastModified) {
        this.describer = describer;
        this.records = records;
        this.addresses = addresses;
        this.lastModified = lastModified;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            answer(req, resp);
        } catch (RuntimeException e) {
            // A description that cannot be read or written is a server fault: log it with the URL, answer 500 plainly.
            LOG.error("Could not answer {}{}: {}", req.getRequestURI(),
                    req.getQueryString() == null ? "" : "?" + req.getQueryString(), e.toString(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                sendMessage(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Server error",
                        "The description of " + req.getRequestURI() + " could not be made: " + e.getMessage());
            }
        }
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        DocumentRequest request;
        try {
            request = DocumentRequest.parse(req, addresses);
        } catch (DocumentRequest.BadRequest e) {
            sendMessage(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request", e.getMessage());
            return;
        }
        String iri = request.thing().getURI();
        List<Representation> offered = Representation.offeredFor(addresses.isRecordGraph(iri));
        boolean negotiated = request.format().isEmpty();
        if (negotiated) resp.setHeader("Vary", "Accept");
        Optional<Representation> chosen = request.format().or(() -> Representation.negotiate(req.getHeader("Accept"), offered));
        if (chosen.isEmpty()) {
            sendMessage(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable",
                    "Offered: " + String.join(", ", offered.stream().map(Representation::mediaType).toList()));
            return;
        }
        Representation format = chosen.get();

        Description.Status status;
        byte[] body;
        if (format.isWholeRecord()) {
            Optional<byte[]> content = request.page() == 1 ? records.write(request.thing(), format) : Optional.empty();
            if (content.isEmpty()) {
                sendMessage(resp, HttpServletResponse.SC_NOT_FOUND, "Not found", request.page() == 1
                        ? "The store holds no record graph " + iri
                        : "The content of a record is one document; there is no page " + request.page());
                return;
            }
            status = Description.Status.LIVE;
            body = content.get();
        } else {
            Description d = format.isRdf()
                    ? describer.describe(request.thing(), request.page())
                    : describer.describeForPage(request.thing(), request.page());
            if (d.status() == Description.Status.UNKNOWN) {
                sendMessage(resp, HttpServletResponse.SC_NOT_FOUND, "Not found", "Nothing is known about " + iri);
                return;
            }
            if (request.page() > d.pageCount()) {
                sendMessage(resp, HttpServletResponse.SC_NOT_FOUND, "Not found",
                        "Page " + request.page() + " does not exist; the description of " + iri + " has " + d.pageCount() + " page(s)");
                return;
            }
            status = d.status();
            body = format.isRdf()
                    ? RdfBody.write(DescriptionGraph.of(d, addresses), format)
                    : new DescriptionPage(d, addresses).render().getBytes(StandardCharsets.UTF_8);
        }

        String etag = Revalidation.etag(body, format.mediaType());
        if (negotiated) resp.setHeader("Content-Location", addresses.docPath(iri, format, request.page()));
        resp.setHeader("ETag", etag);
        Instant modified = lastModified.get();
        resp.setHeader("Last-Modified", Revalidation.httpDate(modified));
        resp.setHeader("Link", alternates(iri, offered, request.page()));
        if (status == Description.Status.LIVE
                && Revalidation.notModified(req.getHeader("If-None-Match"), req.getHeader("If-Modified-Since"), etag, modified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(status == Description.Status.GONE ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_OK);
        resp.setContentType(format.contentType());
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
        LOG.debug("{} {} as {} ({})", status, iri, format, body.length);
    }

    /** The formats as a Link header, so clients that read headers (crawlers) find them without parsing the body. */
    private String alternates(String iri, List<Representation> offered, int page) {
        StringBuilder sb = new StringBuilder();
        for (Representation r : offered) {
            if (sb.length() > 0) sb.append(", ");
            sb.append('<').append(addresses.docPath(iri, r, r.isWholeRecord() ? 1 : page)).append(">; rel=\"alternate\"; type=\"").append(r.mediaType()).append('"');
        }
        return sb.toString();
    }

    /** A small HTML page with one message, for the 400, 404, 406 and 500 answers. */
    static void sendMessage(HttpServletResponse resp, int status, String title, String text) throws IOException {
        byte[] body = HtmlTemplates.render("message", Map.of("title", title, "text", text)).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
