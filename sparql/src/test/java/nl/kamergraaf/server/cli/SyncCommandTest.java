package nl.kamergraaf.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kamergraaf.store.BuildCompactor;
import java.nio.file.Files;
import java.util.List;
import java.util.ArrayList;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.sync.ReplayApi;
import nl.kamergraaf.store.sync.SyncFixture;

/**
 * {@code kamergraaf sync} as a user runs it, end to end: the CLI against the replaying Tweede Kamer API on loopback
 * (port 0) and a store in a temp folder, with the real OData record mapping; the store is then checked with SPARQL.
 */
// slow: syncs stores of their own from a stand-in API over loopback HTTP through the command line;
// StoreSyncTest and SyncedNamesWithoutKeysTest keep sync covered in the quick loop.
@Tag("slow")
class SyncCommandTest {
    private static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/kamergraaf/def#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    private static final String ALL = "Zaak,Document,Activiteit,Agendapunt,Besluit,Stemming";

    @TempDir
    Path dir;
    ReplayApi api;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        api = new ReplayApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private int sync(String categories, String... more) {
        err.getBuffer().setLength(0);
        List<String> args = new ArrayList<>(List.of("sync", "--store", dir.resolve("store").toString(), "--api", api.baseUrl(),
                "--category", categories, "--attempts", "2", "--retry-delay", "1"));
        args.addAll(List.of(more));
        return KamergraafCommand.commandLine().setErr(new PrintWriter(err, true)).execute(args.toArray(String[]::new));
    }

    private String stderr() {
        return err.toString();
    }

    @Test
    void syncAppliesTheChangesAndThenSaysNothingChanged() {
        assertEquals(ExitCodes.OK, sync(ALL), this::stderr);
        assertTrue(stderr().contains("kamergraaf sync: 23 record(s) changed, 5 deleted"), stderr());

        assertEquals(ExitCodes.OK, sync(ALL), this::stderr);
        assertTrue(stderr().contains("kamergraaf sync: nothing changed"), stderr());

        // 5 deleted records, by their GUID (dct:identifier); those that had a number are tombstones at it as well
        assertEquals(Set.of("5"), select("SELECT (COUNT(DISTINCT ?id) AS ?n) { ?x a kg:VerwijderdRecord ; prov:invalidatedAtTime ?t ; dct:identifier ?id }"));
        assertEquals(Set.of("Motie (gewijzigd) over erkenning van minderheden"),
                select("SELECT ?o { <http://localhost:3030/id/zaak/2025Z18280> kg:onderwerp ?o }"));
        // the besluit names its agendapunt by GUID; the store told sync its number
        assertEquals(Set.of("http://localhost:3030/id/agendapunt/2022P17046"),
                select("SELECT ?a { <http://localhost:3030/id/besluit/6b15c18f-fdc5-4ea4-bee2-a556e94d7682> kg:agendapunt ?a }"));
    }

    @Test
    void aSyncThatChangedMoreThanCompactAfterLeavesOneCompactedBuildWithTheSameDataAndWords() throws Exception {
        assertEquals(ExitCodes.OK, sync(ALL, "--compact-after", "0"), this::stderr);
        Set<Quad> synced = quads();
        StoreDirectory store = new StoreDirectory(dir.resolve("store"));
        Path uncompacted = store.current().orElseThrow();
        // an unchanged source: nothing to compact yet (the 28 changes are counted from the load, not per run)
        assertEquals(ExitCodes.OK, sync(ALL, "--compact-after", "27"), this::stderr);
        assertTrue(stderr().contains("compacted the store"), stderr());
        Path compacted = store.current().orElseThrow();
        assertTrue(!compacted.equals(uncompacted) && BuildCompactor.isCompaction(compacted));
        try (var builds = Files.list(store.root().resolve("builds"))) {
            assertEquals(List.of(compacted), builds.toList(), "the uncompacted build is removed");
        }
        assertEquals(synced, quads());
        assertEquals(Set.of("http://localhost:3030/id/document/2025D11607", "http://localhost:3030/id/zaak/2025Z18280"),
                textSearch("gewijzigd"));
        assertEquals(Set.of(), textSearch("profilering"));

        assertEquals(ExitCodes.OK, sync(ALL, "--compact-after", "27"), this::stderr);
        assertTrue(!stderr().contains("compacted the store"), "a compacted build counts its changes from zero: " + stderr());
        assertEquals(compacted, store.current().orElseThrow());
    }

    @Test
    void fullTextSearchFollowsSyncFindingTheNewOnderwerpAndNeitherTheOldOneNorTheDeletedZaak() {
        api.failAfterPages(1); // the first Zaak page only: 2025Z18280 as it was, 2025Z18279 still live
        assertEquals(ExitCodes.FAILED, sync("Zaak"), this::stderr);
        assertEquals(Set.of("http://localhost:3030/id/zaak/2025Z18280"), textSearch("profilering"));
        assertEquals(Set.of("http://localhost:3030/id/zaak/2025Z18279"), textSearch("ketenoverstijgend"));
        assertEquals(Set.of(), textSearch("gewijzigd"));

        api.healthy();
        assertEquals(ExitCodes.OK, sync("Zaak"), this::stderr);
        assertEquals(Set.of("http://localhost:3030/id/zaak/2025Z18280"), textSearch("gewijzigd"));
        assertEquals(Set.of(), textSearch("profilering"), "the old onderwerp is no longer found");
        assertEquals(Set.of(), textSearch("ketenoverstijgend"), "the deleted zaak is no longer found");
    }

    @Test
    void aSourceThatStaysDownFailsWithAClearMessageAndTheStoreStaysAsItWas() {
        assertEquals(ExitCodes.OK, sync(ALL), this::stderr);
        Set<Quad> before = quads();
        api.down(true);

        assertEquals(ExitCodes.FAILED, sync(ALL));

        assertTrue(stderr().contains("kamergraaf sync: stopped: Zaak: The source did not answer: GET " + api.baseUrl()), stderr());
        assertTrue(stderr().contains("HTTP 503"), stderr());
        assertEquals(before, quads());
    }

    @Test
    void anUnknownCategoryIsRefusedBeforeAnythingIsFetched() {
        assertEquals(ExitCodes.FAILED, sync("Zaak,Zaakk"));
        assertTrue(stderr().contains("unknown category 'Zaakk'"), stderr());
        assertEquals(0, api.requests());
    }

    private StoreDirectory store() {
        return new StoreDirectory(dir.resolve("store"));
    }

    /** The subjects whose indexed text matches, through the store's full-text index as the server opens it. */
    private Set<String> textSearch(String words) {
        return select("SELECT DISTINCT ?s { ?s text:query '" + words + "' }");
    }

    /** The values of the first variable, through the store with its full-text index attached. */
    private Set<String> select(String query) {
        DatasetGraph dsg = KamergraafDataset.openCurrentWithTextIndex(store());
        try {
            return Txn.calculateRead(dsg, () -> {
                try (var qe = QueryExecutionFactory.create(PREFIXES + query, DatasetImpl.wrap(dsg))) {
                    Set<String> out = new TreeSet<>();
                    var rs = qe.execSelect();
                    String var = rs.getResultVars().get(0);
                    rs.forEachRemaining(s -> out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString()));
                    return out;
                }
            });
        } finally {
            KamergraafDataset.close(dsg);
        }
    }

    private Set<Quad> quads() {
        DatasetGraph dsg = KamergraafDataset.openCurrent(store());
        try {
            return SyncFixture.allQuads(dsg);
        } finally {
            KamergraafDataset.close(dsg);
        }
    }
}
