package nl.kamergraaf.mapper.sync;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * StAX readers for XML from the network: no DTDs and no external entities, so a page cannot make the reader fetch
 * files or URLs or expand entity bombs. A document with a DOCTYPE that declares entities fails to parse.
 */
public final class SafeXml {
    private SafeXml() {}

    public static XMLInputFactory inputFactory() {
        // The JDK's own implementation, whatever else is on the classpath, so that the settings below are known to hold.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
