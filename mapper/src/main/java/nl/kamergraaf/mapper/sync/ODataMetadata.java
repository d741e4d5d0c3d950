package nl.kamergraaf.mapper.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The entity types of the Tweede Kamer OData API with their properties and types, read from the API's
 * {@code $metadata} document (a copy, CC0, ships as a resource). SyncFeed XML uses camelCase names with other
 * capitalisations now and then ({@code naamNl} for {@code NaamNL}), so names are looked up ignoring case.
 */
public final class ODataMetadata {
    private static final String RESOURCE = "/nl/kamergraaf/mapper/sync/odata-metadata.xml";
    private static volatile ODataMetadata bundled;

    /** One entity type: its exact name, its properties (name → Edm type) and navigation properties (name → target). */
    public record EntityType(String name, Map<String, String> properties, Map<String, String> navigation) {
        /** The exact OData name of a property, ignoring case. */
        public Optional<String> property(String anyCase) {
            return find(properties, anyCase);
        }

        public Optional<String> navigationProperty(String anyCase) {
            return find(navigation, anyCase);
        }

        public String typeOf(String property) {
            return properties.get(property);
        }

        private static Optional<String> find(Map<String, String> names, String anyCase) {
            if (names.containsKey(anyCase)) return Optional.of(anyCase);
            return names.keySet().stream().filter(n -> n.equalsIgnoreCase(anyCase)).findFirst();
        }
    }

    private final Map<String, EntityType> types;

    private ODataMetadata(Map<String, EntityType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    /** The metadata of the API as shipped with Kamergraaf. */
    public static ODataMetadata bundled() {
        if (bundled == null) {
            try (InputStream in = ODataMetadata.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("Missing resource " + RESOURCE);
                bundled = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    public static ODataMetadata read(InputStream in) throws IOException {
        Map<String, EntityType> types = new LinkedHashMap<>();
        try {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
            String current = null;
            Map<String, String> props = null;
            Map<String, String> navs = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "EntityType" -> {
                            current = r.getAttributeValue(null, "Name");
                            props = new LinkedHashMap<>();
                            navs = new LinkedHashMap<>();
                        }
                        case "Property" -> {
                            if (current != null) props.put(r.getAttributeValue(null, "Name"), r.getAttributeValue(null, "Type"));
                        }
                        case "NavigationProperty" -> {
                            if (current != null) navs.put(r.getAttributeValue(null, "Name"), r.getAttributeValue(null, "Type"));
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "EntityType".equals(r.getLocalName()) && current != null) {
                    types.put(current, new EntityType(current, Collections.unmodifiableMap(props), Collections.unmodifiableMap(navs)));
                    current = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("Not a readable OData $metadata document: " + e.getMessage(), e);
        }
        return new ODataMetadata(types);
    }

    /** The entity type of that name, ignoring case ("documentVersie" finds DocumentVersie). */
    public Optional<EntityType> entityType(String anyCase) {
        EntityType exact = types.get(anyCase);
        if (exact != null) return Optional.of(exact);
        String lower = anyCase.toLowerCase(Locale.ROOT);
        return types.values().stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
