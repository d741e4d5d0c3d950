package nl.kamergraaf.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Decides, from the real values of one property, which {@link FieldModel} reproduces them. */
final class FieldLearner {
    private static final Pattern NUMMER = Pattern.compile("\\d{4}[A-Z]\\d{5}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern VERGADERJAAR = Pattern.compile("\\d{4}-\\d{4}");
    /** At most this many distinct values, each seen more than once on average, make a value list rather than text. */
    private static final int MAX_CATEGORIES = 60;

    private FieldLearner() {}

    static FieldModel learn(List<JsonNode> values) {
        List<JsonNode> present = values.stream().filter(v -> v != null && !v.isNull()).toList();
        if (present.isEmpty()) return new FieldModels.AlwaysNull();
        double nullRate = 1.0 - (double) present.size() / values.size();
        return nullRate > 0 ? new FieldModels.Nullable(nullRate, learnPresent(present)) : learnPresent(present);
    }

    private static FieldModel learnPresent(List<JsonNode> present) {
        if (present.stream().allMatch(JsonNode::isBoolean)) {
            return new FieldModels.Bool(present.stream().filter(JsonNode::booleanValue).count() / (double) present.size());
        }
        if (present.stream().allMatch(JsonNode::isIntegralNumber)) {
            return new FieldModels.Integers(present.stream().mapToLong(JsonNode::longValue).toArray());
        }
        List<String> texts = present.stream().map(JsonNode::asText).toList();
        if (texts.stream().allMatch(t -> NUMMER.matcher(t).matches())) return new FieldModels.Nummer(texts.get(0).charAt(4));
        if (texts.stream().allMatch(t -> DATE_TIME.matcher(t).matches())) return new FieldModels.DateTime(FieldModels.toArray(texts));
        if (texts.stream().allMatch(t -> DATE.matcher(t).matches())) return new FieldModels.Date();
        if (texts.stream().allMatch(t -> VERGADERJAAR.matcher(t).matches())) return new FieldModels.Vergaderjaar();
        Map<String, Integer> counts = new LinkedHashMap<>();
        texts.forEach(t -> counts.merge(t, 1, Integer::sum));
        if (counts.size() <= MAX_CATEGORIES && counts.size() * 2 <= texts.size()) {
            return new FieldModels.Categorical(new ArrayList<>(counts.keySet()), new ArrayList<>(counts.values()));
        }
        int[] lengths = texts.stream().mapToInt(String::length).toArray();
        Set<String> words = new LinkedHashSet<>();
        for (String t : texts) for (String w : t.split("\\s+")) if (!w.isEmpty()) words.add(w);
        return new FieldModels.Text(lengths, FieldModels.toArray(new ArrayList<>(words)));
    }
}
