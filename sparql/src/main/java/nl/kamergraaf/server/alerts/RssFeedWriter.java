package nl.kamergraaf.server.alerts;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a feed as RSS 2.0, with an {@code atom:link rel="self"} as feed validators ask; dates in RFC 822 form. */
final class RssFeedWriter {
    static final String MEDIA_TYPE = "application/rss+xml";

    private RssFeedWriter() {}

    static void write(AlertFeed feed, OutputStream out) throws XMLStreamException {
        Xml.feed(out, feed, RssFeedWriter::head, RssFeedWriter::item);
    }

    private static void head(XMLStreamWriter w, AlertFeed feed) throws XMLStreamException {
        w.writeStartElement("rss");
        w.writeAttribute("version", "2.0");
        w.writeNamespace("atom", Xml.ATOM);
        w.writeStartElement("channel");
        Xml.element(w, "title", feed.title());
        Xml.element(w, "link", feed.alternate());
        Xml.element(w, "description", feed.title());
        Xml.element(w, "lastBuildDate", date(feed.updated()));
        w.writeEmptyElement("atom", "link", Xml.ATOM);
        w.writeAttribute("rel", "self");
        w.writeAttribute("href", feed.self());
        w.writeAttribute("type", MEDIA_TYPE);
    }

    private static void item(XMLStreamWriter w, AlertFeed.Item item) throws XMLStreamException {
        AlertEntry e = item.entry();
        w.writeStartElement("item");
        Xml.element(w, "title", item.title());
        Xml.element(w, "link", item.link());
        w.writeStartElement("guid");
        w.writeAttribute("isPermaLink", "false");
        w.writeCharacters(Xml.clean(item.id()));
        w.writeEndElement();
        Xml.element(w, "pubDate", date(e.time()));
        Xml.element(w, "category", item.category());
        Xml.element(w, "description", e.summary());
        w.writeEndElement();
    }

    private static String date(java.time.Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atZone(ZoneOffset.UTC));
    }
}
