package nl.kamergraaf.mapper.source.odata;

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
 * Memory stays flat whatever the input size: a page of one million records maps in a JVM with a 256 MB heap. The
 * records are mapped as they are read; nothing of a mapped record is kept.
 */
@Tag("slow")
class StreamingMemoryTest {
    private static final int RECORDS = 1_000_000;

    @TempDir
    Path tmp;

    @Test
    void aMillionRecordsMapWithin256MegabytesOfHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                MillionRecordRun.class.getName(), tmp.toString(), Integer.toString(RECORDS))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the run ends");
        String output = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);

        Matcher m = Pattern.compile("records=(\\d+) problems=(\\d+) quads=(\\d+) millis=(\\d+) maxHeapMB=(\\d+)").matcher(output);
        assertTrue(m.find(), output);
        assertEquals(RECORDS, Long.parseLong(m.group(1)), output);
        assertEquals(0, Long.parseLong(m.group(2)), output);
        assertTrue(Long.parseLong(m.group(3)) > 10L * RECORDS, output);
        assertTrue(Long.parseLong(m.group(5)) <= 256, output);
        System.out.println("Mapped " + RECORDS + " records with -Xmx256m: " + m.group());
    }
}
