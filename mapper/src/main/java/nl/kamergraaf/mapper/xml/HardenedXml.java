package nl.kamergraaf.mapper.xml;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place where XML from outside (KOOP publications, SyncFeed pages, OData $metadata, a primary's change feed)
 * gets its StAX reader. The reader never reads anything but the bytes it is given: DTDs are not supported, external
 * entities are off, external DTD access is empty, and a resolver refuses every external resource should any other
 * setting let one through. With DTDs off no entity is ever declared, so none is ever expanded: a reference to one is a
 * parse error. Readers that must not accept a DOCTYPE at all also refuse the DTD event themselves.
 */
public final class HardenedXml {
    private static final XMLInputFactory SHARED = inputFactory();

    private HardenedXml() {}

    /** A reader from the shared hardened factory (namespace-aware, not coalescing). */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return SHARED.createXMLStreamReader(in);
    }

    /**
     * A new hardened factory, for a reader that needs further reading options (coalescing, say); callers may change
     * those, never the settings made here.
     */
    public static XMLInputFactory inputFactory() {
        // The JDK's own implementation, whatever else is on the classpath, so that the settings below are known to hold.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }
}
