package nl.kamergraaf.mapper.sync;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX readers for XML from the network: no DTDs and no external entities, so a page cannot make the reader fetch
 * files or URLs or expand entity bombs. A document with a DOCTYPE that declares entities fails to parse.
 */
public final class SafeXml {
    private SafeXml() {}

    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
