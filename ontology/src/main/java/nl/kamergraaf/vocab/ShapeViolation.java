package nl.kamergraaf.vocab;

/** One result of SHACL validation, in words a person reads: which thing, which property, what is wrong. */
public record ShapeViolation(String severity, String focusNode, String path, String value, String message) {
    /** A result with severity sh:Violation makes data invalid; sh:Warning and sh:Info only tell. */
    public boolean isViolation() {
        return "Violation".equals(severity);
    }

    /** E.g. {@code Violation: <…/id/document/2024D50227> kg:datum = "16 dec" — Datatype: xsd:date}. */
    public String readable() {
        StringBuilder sb = new StringBuilder(severity).append(": <").append(focusNode).append('>');
        if (path != null) sb.append(' ').append(path);
        if (value != null) sb.append(" = ").append(value);
        return sb.append(" — ").append(message).toString();
    }
}
