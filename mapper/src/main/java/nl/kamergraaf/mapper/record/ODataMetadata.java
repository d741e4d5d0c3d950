package nl.kamergraaf.mapper.record;

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

import nl.kamergraaf.mapper.xml.HardenedXml;

/**
 * The entity types of the Tweede Kamer OData API as its {@code $metadata} (EDMX) declares them: the type of every
 * property, to catch a wrong type in a field, and the navigation properties, to know the entity type of a nested
 * {@code $expand} at any depth. Read once from the bundled copy of the API's $metadata.
 */
public final class ODataMetadata {
    static final String RESOURCE = "/nl/kamergraaf/mapper/record/api_metadata.xml";
    private static final String EDM_NS = "http://docs.oasis-open.org/odata/ns/edm";
    private static volatile ODataMetadata bundled;

    /** A navigation property: the entity type it leads to and whether it holds several. */
    public record Navigation(String targetType, boolean collection) {}

    /** One entity type: its properties with their Edm types (Edm.String, Edm.Int32, ...) and navigation properties. */
    public record EntityType(String name, Map<String, String> properties, Map<String, Navigation> navigations) {
        public Optional<String> propertyType(String property) {
            return Optional.ofNullable(properties.get(property));
        }

        public Optional<Navigation> navigation(String property) {
            return Optional.ofNullable(navigations.get(property));
        }

        /** The exact OData name of a property, ignoring case (SyncFeed XML writes them camelCase). */
        public Optional<String> property(String anyCase) {
            return exactName(properties.keySet(), anyCase);
        }

        /** The exact OData name of a navigation property, ignoring case. */
        public Optional<String> navigationProperty(String anyCase) {
            return exactName(navigations.keySet(), anyCase);
        }

        /** The Edm type of a property given by its exact name, or null. */
        public String typeOf(String property) {
            return properties.get(property);
        }

        private static Optional<String> exactName(java.util.Set<String> names, String anyCase) {
            if (names.contains(anyCase)) return Optional.of(anyCase);
            return names.stream().filter(n -> n.equalsIgnoreCase(anyCase)).findFirst();
        }
    }

    private final Map<String, EntityType> types;
    private final Map<String, String> byLowerName = new LinkedHashMap<>();

    private ODataMetadata(Map<String, EntityType> types) {
        this.types = Collections.unmodifiableMap(types);
        types.keySet().forEach(n -> byLowerName.put(n.toLowerCase(Locale.ROOT), n));
    }

    /** The $metadata bundled with the mapper. */
    public static ODataMetadata bundled() {
        ODataMetadata m = bundled;
        if (m == null) {
            try (InputStream in = ODataMetadata.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("Missing resource " + RESOURCE);
                m = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = m;
        }
        return m;
    }

    /** Reads an EDMX document; DTDs and external entities are refused, never resolved. */
    public static ODataMetadata parse(InputStream in) throws IOException {
        Map<String, EntityType> types = new LinkedHashMap<>();
        try {
            XMLStreamReader r = HardenedXml.reader(in);
            String current = null;
            Map<String, String> props = null;
            Map<String, Navigation> navs = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && EDM_NS.equals(r.getNamespaceURI())) {
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
                            if (current != null) {
                                String type = r.getAttributeValue(null, "Type");
                                boolean collection = type.startsWith("Collection(");
                                if (collection) type = type.substring("Collection(".length(), type.length() - 1);
                                navs.put(r.getAttributeValue(null, "Name"), new Navigation(type.substring(type.lastIndexOf('.') + 1), collection));
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && "EntityType".equals(r.getLocalName()) && current != null) {
                    types.put(current, new EntityType(current, Collections.unmodifiableMap(props), Collections.unmodifiableMap(navs)));
                    current = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("Not a readable OData $metadata document: " + e.getMessage(), e);
        }
        return new ODataMetadata(types);
    }

    public Optional<EntityType> entityType(String name) {
        return Optional.ofNullable(name).map(types::get);
    }

    /**
     * The entity type a folder or file name stands for, ignoring case and underscores: "fractie_zetel_persoon" is
     * FractieZetelPersoon, "stemming" is Stemming.
     */
    public Optional<String> typeForName(String name) {
        if (name == null) return Optional.empty();
        return Optional.ofNullable(byLowerName.get(name.replace("_", "").toLowerCase(Locale.ROOT)));
    }

    /** The entity type a SyncFeed element or a command-line category names, ignoring case ("zaak", "fractieZetelPersoon"). */
    public Optional<EntityType> entityTypeIgnoringCase(String anyCase) {
        return typeForName(anyCase).flatMap(this::entityType);
    }

    public Map<String, EntityType> types() {
        return types;
    }
}
