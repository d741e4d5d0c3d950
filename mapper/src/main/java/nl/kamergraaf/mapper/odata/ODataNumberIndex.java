package nl.kamergraaf.mapper.odata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which public number (2024Z21275, 2022A07659, 2022P17046) a zaak, activiteit or agendapunt GUID stands for, collected
 * in the prepare pass, so that a record that names one of them only by a foreign key ({@code Activiteit_Id}) links to
 * the same IRI as the record that carries its number. Documents use {@code MappingContext.documents()}.
 */
public final class ODataNumberIndex {
    private final Map<String, String> numbers = new HashMap<>();

    public void add(String entityType, String guid, String nummer) {
        if (guid != null && nummer != null) numbers.putIfAbsent(key(entityType, guid), nummer);
    }

    public Optional<String> nummer(String entityType, String guid) {
        return guid == null ? Optional.empty() : Optional.ofNullable(numbers.get(key(entityType, guid)));
    }

    public int size() {
        return numbers.size();
    }

    private static String key(String entityType, String guid) {
        return entityType + ':' + guid.toLowerCase(Locale.ROOT);
    }
}
