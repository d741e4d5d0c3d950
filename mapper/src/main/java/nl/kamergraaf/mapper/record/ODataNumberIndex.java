package nl.kamergraaf.mapper.record;

import java.util.Locale;
import java.util.Optional;

import nl.kamergraaf.mapper.runindex.StringTable;

/**
 * Which public number (2024Z21275, 2022A07659, 2022P17046) a zaak, activiteit or agendapunt GUID stands for, collected
 * in the prepare pass, so that a record that names one of them only by a foreign key ({@code Activiteit_Id}) links to
 * the same IRI as the record that carries its number. Documents use {@code MappingContext.documents()}. Kept in a
 * table on disk, as the {@link nl.kamergraaf.mapper.directory.DocumentIndex}.
 */
public final class ODataNumberIndex {
    private final StringTable numbers;

    public ODataNumberIndex(StringTable numbers) {
        this.numbers = numbers;
    }

    public void add(String entityType, String guid, String nummer) {
        if (guid != null && nummer != null) numbers.putIfAbsent(key(entityType, guid), nummer);
    }

    public Optional<String> nummer(String entityType, String guid) {
        return guid == null ? Optional.empty() : numbers.get(key(entityType, guid));
    }

    public long size() {
        return numbers.size();
    }

    private static String key(String entityType, String guid) {
        return entityType + ':' + guid.toLowerCase(Locale.ROOT);
    }
}
