package nl.kamergraaf.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

class JsonTest {
    /** A label from the data that tries to close the script element it is embedded in. */
    private static final String HOSTILE = "Motie </script><script>alert(1)</script> <!-- & \u2028 \"quoted\" \\ \t end";

    @Test
    void jsonForAScriptElementHasNoMarkupOrLineSeparatorsYetReadsBackAsTheSameValues() throws Exception {
        ObjectNode o = Json.object().put("name", HOSTILE);
        o.putArray("sameAs").add("https://example.org/a?b=1&c=2");
        String text = Json.writeForScript(o);
        for (String s : new String[] {"</", "<!--", "\u2028"}) assertFalse(text.contains(s), text);
        assertEquals(o, new ObjectMapper().readTree(text));
    }

    @Test
    void compactJsonKeepsNonAsciiTextAsItIsAndEscapesQuotesAndControlCharacters() throws Exception {
        ObjectNode o = Json.object().put("titel", "Één \"motie\"\n over Curaçao");
        String text = Json.write(o);
        assertEquals("{\"titel\":\"Één \\\"motie\\\"\\n over Curaçao\"}", text);
        assertEquals(o, new ObjectMapper().readTree(text));
    }
}
