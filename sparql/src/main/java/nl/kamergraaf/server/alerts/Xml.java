package nl.kamergraaf.server.alerts;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the XML feed writers share: the frame of a feed document and text XML can carry. */
final class Xml {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private Xml() {}

    /** Writes one part of a feed document: its head, or one of its items. */
    @FunctionalInterface
    interface Part<T> {
        void write(XMLStreamWriter w, T value) throws XMLStreamException;
    }

    /**
     * Writes a feed as one UTF-8 XML document: its declaration, the head (which opens the root elements and says what
     * the feed is), an element per item, and the end tags of what the head left open.
     */
    static void feed(OutputStream out, AlertFeed feed, Part<AlertFeed> head, Part<AlertFeed.Item> item)
            throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        head.write(w, feed);
        for (AlertFeed.Item i : feed.items()) item.write(w, i);
        // StAX closes every element still open at the end of the document.
        w.writeEndDocument();
        w.flush();
    }

    static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(clean(text));
        w.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, even escaped; data from the API may hold them. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!ok && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) sb.append(ok ? c : ' ');
        }
        return sb == null ? s : sb.toString();
    }
}
