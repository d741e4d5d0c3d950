package nl.kamergraaf.server.alerts;

import java.io.OutputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a feed as Atom (RFC 4287); a deletion is an entry with category {@code deleted}. */
final class AtomFeedWriter {
    static final String MEDIA_TYPE = "application/atom+xml";

    private AtomFeedWriter() {}

    static void write(AlertFeed feed, OutputStream out) throws XMLStreamException {
        Xml.feed(out, feed, AtomFeedWriter::head, AtomFeedWriter::entry);
    }

    private static void head(XMLStreamWriter w, AlertFeed feed) throws XMLStreamException {
        w.writeStartElement("feed");
        w.writeDefaultNamespace(Xml.ATOM);
        Xml.element(w, "id", feed.id());
        Xml.element(w, "title", feed.title());
        Xml.element(w, "updated", feed.updated().toString());
        w.writeStartElement("author");
        Xml.element(w, "name", "Kamergraaf");
        w.writeEndElement();
        link(w, "self", feed.self(), MEDIA_TYPE);
        link(w, "alternate", feed.alternate(), "text/html");
    }

    private static void entry(XMLStreamWriter w, AlertFeed.Item item) throws XMLStreamException {
        AlertEntry e = item.entry();
        w.writeStartElement("entry");
        Xml.element(w, "id", item.id());
        Xml.element(w, "title", item.title());
        Xml.element(w, "updated", e.time().toString());
        link(w, "alternate", item.link(), null);
        w.writeEmptyElement("category");
        w.writeAttribute("term", item.category());
        w.writeStartElement("summary");
        w.writeAttribute("type", "text");
        w.writeCharacters(Xml.clean(e.summary()));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        if (type != null) w.writeAttribute("type", type);
    }
}
