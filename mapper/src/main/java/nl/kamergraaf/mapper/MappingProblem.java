package nl.kamergraaf.mapper;

/**
 * Why one record could not be mapped: the file, where in it (a record id or position), the field, and the reason.
 * The record is skipped; the rest of the file is still mapped.
 */
public record MappingProblem(String file, String record, String field, String reason) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (record != null) sb.append(", record ").append(record);
        if (field != null) sb.append(", field '").append(field).append('\'');
        return sb.append(": ").append(reason).toString();
    }
}
