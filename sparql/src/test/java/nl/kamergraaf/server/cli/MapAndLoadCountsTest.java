package nl.kamergraaf.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;

/**
 * What {@code map} and {@code load} print is what they wrote: the quads {@code map} reports are the lines of its
 * N-Quads file, {@code load} reports the same figure for that file, and the store holds exactly those statements.
 */
// slow: the whole of data/ through the command line twice (map to a file, then load that file); in the quick loop
// MappingSummaryTest proves the map's counts and SeedLetterEndToEndTest maps, loads and serves data/.
@Tag("slow")
class MapAndLoadCountsTest {
    @TempDir
    Path tmp;

    @Test
    void theQuadsMapAndLoadReportAreTheQuadsOfTheFileAndTheStore() throws Exception {
        Path nq = tmp.resolve("out.nq");
        CliRun map = CliRun.of("map", ProjectFiles.dataDir().toString(), "-o", nq.toString());
        assertEquals(ExitCodes.OK, map.exitCode(), map.stderr());
        List<String> lines = Files.readAllLines(nq).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(lines.size(), figure(map.stderr(), "(\\d+) quad\\(s\\) written"), map.stderr());
        assertTrue(figure(map.stderr(), "(\\d+) record\\(s\\) mapped") > 3000, "nested records counted: " + map.stderr());

        Path store = tmp.resolve("store");
        CliRun load = CliRun.of("load", "--store", store.toString(), nq.toString());
        assertEquals(ExitCodes.OK, load.exitCode(), load.stderr());
        assertEquals(lines.size(), figure(load.stderr(), "loaded (\\d+) quad\\(s\\)"), load.stderr());

        Set<String> distinct = new HashSet<>(lines);
        DatasetGraph dsg = KamergraafDataset.openCurrent(new StoreDirectory(store));
        try {
            long stored = Txn.calculateRead(dsg, () -> dsg.stream().count());
            assertEquals(distinct.size(), stored, "the store holds each statement of the file once");
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static long figure(String messages, String regex) {
        Matcher m = Pattern.compile(regex).matcher(messages);
        assertTrue(m.find(), "no '" + regex + "' in: " + messages);
        return Long.parseLong(m.group(1));
    }
}
