package nl.kamergraaf.bench.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code deploy/local-cluster --test} as an operator would: a primary, two replicas and HAProxy on loopback;
 * 32 clients for 60 s while a replica is killed and restarted and the primary syncs; no failed request and the same
 * COUNTs on every node after catch-up. The script's own checks decide; this test asks for its verdict and exit code.
 */
@Tag("slow")
class LocalClusterScriptTest {
    @TempDir
    Path dir;

    @Test
    void theClusterAnswersEveryRequestWhileAReplicaIsKilledAndThePrimarySyncs() throws Exception {
        Path project = projectRoot();
        assertTrue(Files.isExecutable(Path.of("/usr/sbin/haproxy")) || onPath("haproxy"),
                "HAProxy is not installed: apt-get install -y haproxy (.ci/run does)");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = dir.resolve("local-cluster.log");
        ProcessBuilder pb = new ProcessBuilder(project.resolve("deploy/local-cluster").toString(), "--test", "--work",
                dir.resolve("cluster").toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("KAMERGRAAF_CP", classpath);
        Process script = pb.start();
        boolean ended = script.waitFor(20, TimeUnit.MINUTES);
        if (!ended) script.destroy();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, "the script did not end within 20 minutes:\n" + output);
        assertEquals(0, script.exitValue(), output);
        assertTrue(output.contains("PASS: 0 failed requests"), output);
    }

    private static boolean onPath(String command) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    }

    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("deploy/local-cluster"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("deploy/local-cluster not found above " + Path.of("").toAbsolutePath());
        return p;
    }
}
