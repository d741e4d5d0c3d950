package nl.kamergraaf.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The small JSON documents the project builds (answers, settings, the JSON-LD context), made with Jackson's tree model
 * so that no code quotes JSON by hand. The mapper is configured once here and never handed out, so no caller can
 * change its settings under the others.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter FOR_SCRIPT = MAPPER.writer().with(new ScriptSafeEscapes());

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The document as compact JSON text. */
    public static String write(JsonNode json) {
        return write(COMPACT, json);
    }

    /** The document as indented JSON text, for files people read. */
    public static String writeIndented(JsonNode json) {
        return write(MAPPER.writerWithDefaultPrettyPrinter(), json);
    }

    /**
     * The document as JSON text that may stand inside an HTML {@code <script>} element: every {@code /} as {@code \/}
     * and {@code !} as a {@code \}u escape, so no {@code </script>} or {@code <!--} in a value can end or comment out
     * the element (inside a script only those sequences are markup); U+2028 and U+2029 escaped too, which older
     * JavaScript reads as line ends.
     */
    public static String writeForScript(JsonNode json) {
        return write(FOR_SCRIPT, json);
    }

    private static String write(ObjectWriter writer, JsonNode json) {
        try {
            return writer.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            // A tree of strings, numbers and nodes always serialises; this would be a bug, not bad input.
            throw new IllegalStateException("Cannot write a JSON tree", e);
        }
    }

    /** Jackson's standard escapes plus those that make JSON safe inside a script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final SerializableString SOLIDUS = new SerializedString("\\/");
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            ascii['/'] = ESCAPE_CUSTOM;
            ascii['!'] = ESCAPE_STANDARD;
            // no markup character at all: the script's content cannot end it, open a comment or form an entity
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '/' -> SOLIDUS;
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
