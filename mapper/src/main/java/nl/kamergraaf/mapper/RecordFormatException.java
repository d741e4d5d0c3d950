package nl.kamergraaf.mapper;

/** A source record that cannot be mapped because of its form; carries the field at fault for the report. */
public class RecordFormatException extends Exception {
    private final String field;

    public RecordFormatException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
