package nl.kamergraaf.bench.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was learned about one entity type: its properties in the real order with a model of each, and the share of
 * deleted records (tombstones).
 *
 * @param realRecords how many real records it was learned from (live and deleted)
 */
record EntityProfile(String entityType, Map<String, FieldModel> fields, double deletedRate, int realRecords) {
    EntityProfile {
        fields = new LinkedHashMap<>(fields);
    }

    List<String> propertyNames() {
        return List.copyOf(fields.keySet());
    }

    FieldModel field(String name) {
        return fields.get(name);
    }
}
