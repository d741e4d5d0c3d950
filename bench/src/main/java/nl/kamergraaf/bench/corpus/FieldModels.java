package nl.kamergraaf.bench.corpus;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonGenerator;

/** The kinds of field the learner tells apart; each reproduces the learned distribution. */
final class FieldModels {
    private FieldModels() {}

    /** The first and last year of the corpus: the Tweede Kamer data since 2008. */
    static final int FIRST_YEAR = 2008;
    static final int LAST_YEAR = 2025;

    /** Wraps a model with the learned share of nulls. */
    record Nullable(double nullRate, FieldModel value) implements FieldModel {
        @Override
        public void write(JsonGenerator json, SplittableRandom random) throws IOException {
            if (nullRate > 0 && random.nextDouble() < nullRate) json.writeNull();
            else value.write(json, random);
        }

        @Override
        public String describe() {
            return value.describe() + (nullRate > 0 ? String.format(" null %.0f%%", 100 * nullRate) : "");
        }
    }

    /** Never seen with a value. */
    record AlwaysNull() implements FieldModel {
        @Override
        public void write(JsonGenerator json, SplittableRandom random) throws IOException {
            json.writeNull();
        }

        @Override
        public String describe() {
            return "null";
        }
    }

    record Bool(double trueRate) implements FieldModel {
        @Override
        public void write(JsonGenerator json, SplittableRandom random) throws IOException {
            json.writeBoolean(random.nextDouble() < trueRate);
        }

        @Override
        public String describe() {
            return String.format("boolean true %.0f%%", 100 * trueRate);
        }
    }

    /** Integers drawn from the observed values, so their spread (Volgnummer, ContentLength, …) is the real one. */
    record Integers(long[] observed) implements FieldModel {
        @Override
        public void write(JsonGenerator json, SplittableRandom random) throws IOException {
            json.writeNumber(observed[random.nextInt(observed.length)]);
        }

        @Override
        public String describe() {
            return "integer(" + observed.length + " observed)";
        }
    }

    /** A value list with the real frequencies (Soort, Status, Kabinetsappreciatie, vote options, …). */
    static final class Categorical implements FieldModel {
        private final List<String> values;
        private final double[] cumulative;

        Categorical(List<String> values, List<Integer> counts) {
            this.values = List.copyOf(values);
            this.cumulative = new double[counts.size()];
            double total = counts.stream().mapToInt(Integer::intValue).sum();
            double run = 0;
            for (int i = 0; i < counts.size(); i++) {
                run += counts.get(i) / total;
                cumulative[i] = run;
            }
        }

        String sample(SplittableRandom random) {
            double u = random.nextDouble();
            for (int i = 0; i < cumulative.length; i++) if (u < cumulative[i]) return values.get(i);
            return values.get(values.size() - 1);
        }

        List<String> values() {
            return values;
        }

        /** The probability of a value, for reweighting (e.g. the share of besluiten with a vote). */
        double weight(int i) {
            return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        }

        @Override
        public void write(JsonGenerator json, SplittableRandom random) throws IOException {
            json.writeString(sample(random));
        }

        @Override
        public String describe() {
            return "categorical(" + values.size() + ")";
        }
    }

    /**
     * Free text with the real length distribution: words drawn from the words of the real values of the field,
     * cut at a length drawn from the real lengths.
     */
    record Text(int[] lengths, String[] words) implements FieldModel {
        @Override
        public void write(JsonGenerator json, SplittableRandom random) throws IOException {
            json.writeString(sample(random));
        }

        String sample(SplittableRandom random) {
            int target = lengths[random.nextInt(lengths.length)];
            StringBuilder sb = new StringBuilder(target + 16);
            while (sb.length() < target) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(words[random.nextInt(words.length)]);
            }
            if (sb.length() > target) sb.setLength(Math.max(1, target));
            return sb.toString().strip();
        }

        @Override
        public String describe() {
            int sum = 0;
            for (int l : lengths) sum += l;
            return "text(mean " + (lengths.length == 0 ? 0 : sum / lengths.length) + " chars, " + words.length + " words)";
        }
    }

    /**
     * ISO date-times in the shape of the real ones: a real value is the template for the suffix (fraction digits and
     * offset), the date and time are drawn uniformly from the corpus years.
     */
    record DateTime(String[] templates) implements FieldModel {
        @Override
        public void write(JsonGenerator json, SplittableRandom random) throws IOException {
            json.writeString(sample(random));
        }

        String sample(SplittableRandom random) {
            String template = templates[random.nextInt(templates.length)];
            LocalDate day = randomDay(random);
            StringBuilder sb = new StringBuilder(template.length());
            sb.append(day).append('T');
            two(sb, random.nextInt(24)).append(':');
            two(sb, random.nextInt(60)).append(':');
            two(sb, random.nextInt(60));
            // the suffix: ".7022721Z", "+01:00", ".73+02:00"; fraction digits are redrawn, the rest kept
            for (int i = 19; i < template.length(); i++) {
                char c = template.charAt(i);
                boolean fraction = Character.isDigit(c) && template.lastIndexOf('.', i) == 19 && noSignBetween(template, i);
                sb.append(fraction ? (char) ('0' + random.nextInt(10)) : c);
            }
            return sb.toString();
        }

        private static boolean noSignBetween(String s, int i) {
            for (int k = 20; k < i; k++) if (s.charAt(k) == '+' || s.charAt(k) == '-' || s.charAt(k) == 'Z') return false;
            return true;
        }

        @Override
        public String describe() {
            return "date-time";
        }
    }

    record Date() implements FieldModel {
        @Override
        public void write(JsonGenerator json, SplittableRandom random) throws IOException {
            // birth dates and the like: anywhere in the past century
            json.writeString(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 50)).toString());
        }

        @Override
        public String describe() {
            return "date";
        }
    }

    /** "2023-2024": a parliamentary year within the corpus years. */
    record Vergaderjaar() implements FieldModel {
        @Override
        public void write(JsonGenerator json, SplittableRandom random) throws IOException {
            int y = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
            json.writeString(y + "-" + (y + 1));
        }

        @Override
        public String describe() {
            return "vergaderjaar";
        }
    }

    /**
     * Public numbers such as 2024Z21275 or 2024D50227: year, the entity's letter, and a five-digit serial. Unique
     * within a run because the serial is the record's own ordinal.
     */
    record Nummer(char letter) implements FieldModel {
        @Override
        public void write(JsonGenerator json, SplittableRandom random) throws IOException {
            throw new UnsupportedOperationException("numbers are written by the generator with the record's ordinal");
        }

        String of(long ordinal) {
            int years = LAST_YEAR - FIRST_YEAR + 1;
            long year = FIRST_YEAR + ordinal % years;
            long serial = ordinal / years;
            // more than 99999 records of one letter in one year spill into extra digits, which the real numbers never do
            return year + String.valueOf(letter) + String.format("%05d", serial);
        }

        @Override
        public String describe() {
            return "nummer(" + letter + ")";
        }
    }

    static LocalDate randomDay(SplittableRandom random) {
        LocalDate first = LocalDate.of(FIRST_YEAR, 1, 1);
        int days = (int) (LocalDate.of(LAST_YEAR, 12, 31).toEpochDay() - first.toEpochDay());
        return first.plusDays(random.nextInt(days + 1));
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        if (v < 10) sb.append('0');
        return sb.append(v);
    }

    static String[] toArray(List<String> list) {
        return new ArrayList<>(list).toArray(new String[0]);
    }
}
