package nl.kamergraaf.mapper.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hardened StAX reader on its own, without any format's DOCTYPE refusal on top: its own settings must hold. */
class HardenedXmlTest {
    @RegisterExtension
    final ExternalEntityTrap trap = new ExternalEntityTrap();

    @Test
    void theHardenedReaderAloneNeitherFetchesNorExpandsExternalEntities() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"" + trap.dtdUrl() + "\"><x>&leak;</x>";
        StringBuilder seen = new StringBuilder();
        try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            XMLStreamReader r = HardenedXml.reader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.CHARACTERS) seen.append(r.getText());
            }
        } catch (XMLStreamException expected) {
            // an undeclared entity is an error: that is fine, as long as nothing was fetched or expanded
        }
        assertEquals(0, trap.requests());
        assertFalse(seen.toString().contains(ExternalEntityTrap.SECRET));
    }
}
