package nl.kamergraaf.server.changes;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.kamergraaf.server.GetServlet;
import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.sync.ChangeEntry;
import nl.kamergraaf.store.sync.ChangeLog;

/**
 * The change feed of the graph, for mirrors: an Atom feed of the IRIs whose record graph sync changed or deleted,
 * oldest first, {@value #PAGE_SIZE} a page by default. {@code /changes} is the first page; {@code /changes?after=N} the entries
 * after sequence number N, so a mirror keeps the last number it applied and asks for what came after. Each entry's
 * {@code link} is the changed IRI, {@code category} says "changed" or "deleted" (the IRI then answers 410 Gone with its
 * tombstone), {@code updated} is when the graph changed. A {@code link rel="next"} is given while more may follow.
 */
record ChangeFeedResource(ServerContext context, int pageSize) implements GetServlet.Resource {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedResource.class);
    static final int PAGE_SIZE = 100;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Override
    public void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long after;
        try {
            String p = req.getParameter("after");
            after = p == null ? 0 : Long.parseLong(p);
            if (after < 0) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "'after' must be a sequence number (0 or more)");
            return;
        }
        List<ChangeEntry> page;
        try {
            page = log().map(l -> {
                try {
                    return l.entriesAfter(after, pageSize + 1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).orElse(List.of());
        } catch (RuntimeException e) {
            LOG.error("Cannot read the change log: {}", e.getMessage());
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The change log cannot be read");
            return;
        }
        boolean more = page.size() > pageSize;
        if (more) page = page.subList(0, pageSize);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/atom+xml");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            write(out, page, after, more);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private Optional<ChangeLog> log() {
        return context.storeRoot().flatMap(root -> new StoreDirectory(root).current()).map(ChangeLog::of);
    }

    private void write(OutputStream out, List<ChangeEntry> entries, long after, boolean more) throws XMLStreamException {
        String feedIri = context.base() + ChangeFeedExtension.PATH;
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("feed");
        w.writeDefaultNamespace(ATOM);
        element(w, "id", feedIri);
        element(w, "title", "Kamergraaf: changed and deleted resources");
        Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(entries.size() - 1).time();
        element(w, "updated", updated.toString());
        w.writeStartElement("author");
        element(w, "name", "Kamergraaf");
        w.writeEndElement();
        link(w, "self", ChangeFeedExtension.PATH + (after > 0 ? "?after=" + after : ""));
        link(w, "first", ChangeFeedExtension.PATH);
        if (more) link(w, "next", ChangeFeedExtension.PATH + "?after=" + entries.get(entries.size() - 1).seq());
        for (ChangeEntry e : entries) {
            w.writeStartElement("entry");
            element(w, "id", feedIri + "?seq=" + e.seq());
            element(w, "title", e.iri());
            element(w, "updated", e.time().toString());
            w.writeEmptyElement("link");
            w.writeAttribute("href", e.iri());
            w.writeEmptyElement("category");
            w.writeAttribute("term", e.kind() == ChangeEntry.Kind.DELETED ? "deleted" : "changed");
            w.writeStartElement("content");
            w.writeAttribute("type", "text");
            w.writeCharacters((e.kind() == ChangeEntry.Kind.DELETED ? "deleted; tombstone in graph " : "changed; graph ") + e.graph()
                    + "; sequence " + e.seq());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
    }
}
