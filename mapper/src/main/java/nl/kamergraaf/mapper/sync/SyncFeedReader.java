package nl.kamergraaf.mapper.sync;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.RecordFormatException;

/**
 * Reads a SyncFeed page ({@code …/SyncFeed/2.0/Feed?category=Zaak&skiptoken=n}): an Atom feed whose entries each
 * carry one tkData entity in {@code content}, converted here to an OData record by {@link TkDataConverter}. An entry
 * that cannot be read is reported with the page and the entity id and skipped; the other entries are still read. A
 * page that is not well-formed XML (or declares a DTD) fails as a whole.
 */
public final class SyncFeedReader {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final TkDataConverter converter;

    public SyncFeedReader(ODataMetadata metadata) {
        this.converter = new TkDataConverter(metadata);
    }

    public SyncFeedReader() {
        this(ODataMetadata.bundled());
    }

    /** @param source the page's URL or file, for messages */
    public SyncFeedPage read(InputStream in, String source) throws IOException {
        List<SyncFeedPage.Entry> entries = new ArrayList<>();
        List<MappingProblem> problems = new ArrayList<>();
        String feedNext = null;
        try {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
            if (r.nextTag() != XMLStreamConstants.START_ELEMENT || !"feed".equals(r.getLocalName()) || !ATOM_NS.equals(r.getNamespaceURI())) {
                throw new IOException(source + ": not an Atom feed (root element <" + r.getLocalName() + ">)");
            }
            while (r.hasNext()) {
                int event = r.next();
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                if (ATOM_NS.equals(r.getNamespaceURI()) && "link".equals(r.getLocalName())) {
                    if ("next".equals(r.getAttributeValue(null, "rel"))) feedNext = r.getAttributeValue(null, "href");
                    TkDataConverter.skipElement(r);
                } else if (ATOM_NS.equals(r.getNamespaceURI()) && "entry".equals(r.getLocalName())) {
                    readEntry(r, source, entries, problems);
                } else {
                    TkDataConverter.skipElement(r);
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(source + ": not a readable SyncFeed page: " + e.getMessage(), e);
        }
        return new SyncFeedPage(entries, problems, Optional.ofNullable(feedNext));
    }

    private void readEntry(XMLStreamReader r, String source, List<SyncFeedPage.Entry> entries, List<MappingProblem> problems)
            throws XMLStreamException {
        String title = null;
        String updated = null;
        String next = null;
        TkDataConverter.Converted converted = null;
        RecordFormatException failure = null;
        boolean sawContent = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (r.getLocalName()) {
                case "title" -> title = r.getElementText().strip();
                case "updated" -> updated = r.getElementText().strip();
                case "link" -> {
                    if ("next".equals(r.getAttributeValue(null, "rel"))) next = r.getAttributeValue(null, "href");
                    TkDataConverter.skipElement(r);
                }
                case "content" -> {
                    sawContent = true;
                    while (r.hasNext()) {
                        int e = r.next();
                        if (e == XMLStreamConstants.END_ELEMENT) break;
                        if (e != XMLStreamConstants.START_ELEMENT) continue;
                        if (converted != null || failure != null) {
                            TkDataConverter.skipElement(r); // one entity per entry; more is not in the format
                            continue;
                        }
                        try {
                            converted = converter.convert(r, updated);
                        } catch (RecordFormatException ex) {
                            failure = ex;
                        }
                    }
                }
                default -> TkDataConverter.skipElement(r);
            }
        }
        if (failure != null) {
            problems.add(new MappingProblem(source, title, failure.field(), failure.getMessage()));
        } else if (converted == null) {
            problems.add(new MappingProblem(source, title, null, sawContent ? "the entry's content holds no entity" : "the entry has no content"));
        } else {
            // The entry's updated may follow the entity in some pages: set it now that the entry is read.
            if (updated != null) converted.record().put("ApiGewijzigdOp", updated);
            entries.add(new SyncFeedPage.Entry(converted.entityType(), converted.record().get("Id").asText(),
                    converted.record(), Optional.ofNullable(next)));
        }
    }
}
