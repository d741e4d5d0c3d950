package nl.kamergraaf.mapper.source.syncfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays flat whatever the size of a SyncFeed file: a page far larger than the heap (and whose entries, held
 * as records, would need several times more) maps in a JVM with a 128 MB heap, entry by entry.
 */
@Tag("slow")
class SyncFeedStreamingMemoryTest {
    private static final int ENTRIES = 250_000;

    @TempDir
    Path tmp;

    @Test
    void aPageLargerThanTheHeapMapsEntryByEntryWithin128Megabytes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                SyncFeedStreamingRun.class.getName(), tmp.toString(), Integer.toString(ENTRIES))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the run ends");
        String output = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);

        Matcher m = Pattern.compile("entries=(\\d+) problems=(\\d+) quads=(\\d+) millis=(\\d+) fileMB=(\\d+) maxHeapMB=(\\d+)").matcher(output);
        assertTrue(m.find(), output);
        assertEquals(ENTRIES, Long.parseLong(m.group(1)), output);
        assertEquals(0, Long.parseLong(m.group(2)), output);
        assertTrue(Long.parseLong(m.group(3)) > 10L * ENTRIES, output);
        assertTrue(Long.parseLong(m.group(5)) > Long.parseLong(m.group(6)), "the file is larger than the heap: " + output);
        System.out.println("Mapped SyncFeed with -Xmx128m: " + m.group());
    }
}
