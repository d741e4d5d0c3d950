package nl.kamergraaf.mapper.source.syncfeed;

import nl.kamergraaf.mapper.record.ODataMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.xml.HardenedXml;

/**
 * Reads SyncFeed XML entry by entry (StAX), handing each entry to a {@link Handler} as soon as it is read, so memory
 * holds one entry whatever the size of the file. Two shapes are read: an Atom feed page of the SyncFeed (each
 * {@code entry} carries one tkData entity in its {@code content}), and a plain tkData entity file (its root element is
 * the entity, e.g. {@code <zaak xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="…">}), read as one entry.
 * <p>
 * An entry that cannot be converted (wrong type in a field, no id, unknown entity type) is handed on as a bad entry
 * and reading goes on. XML that is not well-formed stops reading where it breaks ({@link BrokenXmlException}); what
 * was handed on before stays handed on. DTDs and external entities are never processed ({@link HardenedXml}).
 */
public final class SyncFeedEntryReader {
    private final TkDataConverter converter;

    public SyncFeedEntryReader(ODataMetadata metadata) {
        this.converter = new TkDataConverter(metadata);
    }

    /** Receives the entries in file order; positions count entries from 1. */
    public interface Handler {
        void entry(long position, SyncFeedPage.Entry entry);

        /** @param id the entry's title, else the entity's id attribute; null when neither is there */
        void badEntry(long position, String id, String field, String reason);

        /** The feed's own {@code link rel="next"}. */
        default void feedNext(String href) { }
    }

    /** The XML breaks off: not well-formed at {@code line}/{@code column}, inside entry {@code position} (0: before any). */
    public static final class BrokenXmlException extends IOException {
        private final long position;
        private final int line;
        private final int column;

        BrokenXmlException(long position, int line, int column, String message, Throwable cause) {
            super(message, cause);
            this.position = position;
            this.line = line;
            this.column = column;
        }

        public long position() {
            return position;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /**
     * @return how many entries the file held, good or bad
     * @throws BrokenXmlException where the XML breaks off
     * @throws IOException when the root element is neither an Atom feed nor a tkData entity
     */
    public long read(InputStream in, Handler handler) throws IOException {
        return read(in, handler, true);
    }

    /**
     * As {@link #read(InputStream, Handler)}, but only an Atom feed page without DOCTYPE is accepted (what the SyncFeed
     * API answers).
     */
    public long readFeed(InputStream in, Handler handler) throws IOException {
        return read(in, handler, false);
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = HardenedXml.inputFactory();
        // Reading options of this reader only: entity references (never declared, see HardenedXml) stay events rather
        // than errors, and text arrives in one piece.
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private long read(InputStream in, Handler handler, boolean acceptEntityRoot) throws IOException {
        long[] position = {0};
        boolean doctype = false;
        try {
            XMLStreamReader r = inputFactory().createXMLStreamReader(in);
            try {
                // To the root element. A DOCTYPE is passed over unprocessed (HardenedXml): its entities stay undeclared.
                int event = r.getEventType();
                while (event != XMLStreamConstants.START_ELEMENT) {
                    if (event == XMLStreamConstants.DTD) {
                        // A page from the API never has one; sync takes a page whole or not at all, so it refuses it.
                        if (!acceptEntityRoot) throw new IOException("a DOCTYPE declaration is refused: DTDs and entities are never processed");
                        doctype = true;
                    }
                    if (!r.hasNext()) throw new IOException("no root element");
                    event = r.next();
                }
                if (SyncFeedReader.ATOM_NS.equals(r.getNamespaceURI()) && "feed".equals(r.getLocalName())) {
                    readEntries(r, handler, position);
                } else if (!acceptEntityRoot) {
                    throw new IOException("not an Atom feed (root element <" + r.getLocalName() + ">)");
                } else if (TkDataConverter.TK_NS.equals(r.getNamespaceURI())) {
                    position[0] = 1;
                    readEntity(r, handler);
                } else {
                    throw new IOException("not a SyncFeed page or tkData entity: the root element is <" + r.getLocalName()
                            + "> in namespace " + (r.getNamespaceURI() == null ? "(none)" : r.getNamespaceURI()));
                }
                // Anything after the root that is not well-formed is still broken XML.
                while (r.hasNext()) r.next();
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            int line = at == null ? -1 : at.getLineNumber();
            int column = at == null ? -1 : at.getColumnNumber();
            String message = parserMessage(e) + (doctype ? " (the file's DOCTYPE was ignored: DTDs and external entities are never processed)" : "");
            throw new BrokenXmlException(position[0], line, column, message, e);
        }
        return position[0];
    }

    private void readEntries(XMLStreamReader r, Handler handler, long[] position) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) return; // </feed>
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            boolean atom = SyncFeedReader.ATOM_NS.equals(r.getNamespaceURI());
            if (atom && "link".equals(r.getLocalName())) {
                if ("next".equals(r.getAttributeValue(null, "rel"))) handler.feedNext(r.getAttributeValue(null, "href"));
                skip(r);
            } else if (atom && "entry".equals(r.getLocalName())) {
                readEntry(r, ++position[0], handler);
            } else {
                skip(r);
            }
        }
    }

    /** One Atom entry; leaves the reader on its end tag. */
    private void readEntry(XMLStreamReader r, long position, Handler handler) throws XMLStreamException {
        String title = null;
        String updated = null;
        String next = null;
        String entityId = null;
        TkDataConverter.Converted converted = null;
        RecordFormatException failure = null;
        boolean sawContent = false;
        boolean sawEntity = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (r.getLocalName()) {
                case "title" -> title = r.getElementText().strip();
                case "updated" -> updated = r.getElementText().strip();
                case "link" -> {
                    if ("next".equals(r.getAttributeValue(null, "rel"))) next = r.getAttributeValue(null, "href");
                    skip(r);
                }
                case "content" -> {
                    sawContent = true;
                    while (r.hasNext()) {
                        int e = r.next();
                        if (e == XMLStreamConstants.END_ELEMENT) break;
                        if (e != XMLStreamConstants.START_ELEMENT) continue;
                        if (sawEntity) {
                            skip(r); // one entity per entry; more is not in the format
                            continue;
                        }
                        sawEntity = true;
                        entityId = r.getAttributeValue(null, "id");
                        try {
                            converted = converter.convert(r, updated);
                        } catch (RecordFormatException ex) {
                            failure = ex;
                        }
                    }
                }
                default -> skip(r);
            }
        }
        String id = title != null ? title : entityId;
        if (failure != null) {
            handler.badEntry(position, id, failure.field(), failure.getMessage());
        } else if (converted == null) {
            handler.badEntry(position, id, null, sawContent ? "the entry's content holds no entity" : "the entry has no content");
        } else {
            // Atom puts <updated> before <content>; should a page put it after, the record still gets it here.
            if (updated != null) converted.record().put("ApiGewijzigdOp", updated);
            handler.entry(position, entry(converted, next));
        }
    }

    /** A plain tkData entity file: the root element is the entity. */
    private void readEntity(XMLStreamReader r, Handler handler) throws XMLStreamException {
        String id = r.getAttributeValue(null, "id");
        try {
            handler.entry(1, entry(converter.convert(r, null), null));
        } catch (RecordFormatException e) {
            handler.badEntry(1, id, e.field(), e.getMessage());
        }
    }

    private static SyncFeedPage.Entry entry(TkDataConverter.Converted c, String next) {
        return new SyncFeedPage.Entry(c.entityType(), c.record().get("Id").asText(), c.record(), Optional.ofNullable(next));
    }

    /** The parser's own words without its "ParseError at [row,col]" prefix (line and column are reported apart). */
    private static String parserMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }

    /** Skips the element the reader stands on, leaving it on that element's end tag. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }
}
