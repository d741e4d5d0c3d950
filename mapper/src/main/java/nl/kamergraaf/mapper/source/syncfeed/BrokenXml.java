package nl.kamergraaf.mapper.source.syncfeed;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Says why a SyncFeed file stopped being readable: cut off (the parser broke at the end of the file: an interrupted
 * download) or malformed (it broke before the end). Reading XML cannot resume after either, so the entries after the
 * break are lost; those before it were already mapped.
 */
final class BrokenXml {
    private BrokenXml() {}

    static String describe(Path file, SyncFeedEntryReader.BrokenXmlException e, long mapped) {
        String where = "line " + e.line() + ", column " + e.column();
        String inside = e.position() == 0 ? "before the first entry" : "inside entry " + e.position();
        String before = mapped + " entr" + (mapped == 1 ? "y" : "ies") + " before it mapped";
        if (endsAt(file, e.line(), e.column())) {
            return "cut off: the file ends " + inside + " (" + where + "); " + before;
        }
        return "malformed XML " + inside + " at " + where + ": " + e.getMessage()
                + "; reading cannot resume after broken XML, so the rest of the file is not mapped; " + before;
    }

    /** Whether line/column lie at or after the file's last non-blank character. */
    private static boolean endsAt(Path file, int line, int column) {
        if (line < 0) return false;
        int lastLine = 0;
        int lastColumn = 0;
        int l = 1;
        int c = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            int ch;
            while ((ch = in.read()) >= 0) {
                if (ch == '\n') {
                    l++;
                    c = 0;
                    continue;
                }
                c++;
                if (!Character.isWhitespace(ch)) {
                    lastLine = l;
                    lastColumn = c;
                }
            }
        } catch (IOException ex) {
            return false;
        }
        return line > lastLine || (line == lastLine && column >= lastColumn);
    }
}
