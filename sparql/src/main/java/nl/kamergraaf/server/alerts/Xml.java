package nl.kamergraaf.server.alerts;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The one helper the feed writers share. */
final class Xml {
    private Xml() {}

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
