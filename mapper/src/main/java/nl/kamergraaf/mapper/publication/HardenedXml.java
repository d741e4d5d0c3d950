package nl.kamergraaf.mapper.publication;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that never reads anything but the bytes it is given: DTDs are not supported, external entities are
 * off, external DTD access is empty, and a resolver refuses every external resource should any other setting let one
 * through. Callers also refuse the DOCTYPE event itself (see {@link KoopPublicationParser}), so no entity of any kind
 * is ever expanded.
 */
final class HardenedXml {
    private static final XMLInputFactory FACTORY = create();

    private HardenedXml() {}

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    private static XMLInputFactory create() {
        // The JDK's own implementation, whatever else is on the classpath, so that the settings below are known to hold.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }
}
