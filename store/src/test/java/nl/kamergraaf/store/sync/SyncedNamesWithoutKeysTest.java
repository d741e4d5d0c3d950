package nl.kamergraaf.store.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.spi.PageRecord;
import nl.kamergraaf.mapper.spi.RecordGraph;
import nl.kamergraaf.mapper.spi.RecordGraphMapper;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;
import nl.kamergraaf.vocab.KG;

/**
 * Sync links a vote that names its fractie only by name to the fractie the synced store knows by that name, as a full
 * map of the same files would, and keeps a name no fractie in the store bears as the name.
 */
class SyncedNamesWithoutKeysTest {
    private static final String BASE = "http://localhost:3030";
    private static final Node ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/opengov#organization");

    @TempDir
    Path tmp;

    @Test
    void aSyncedMemberVoteWithoutKeysIsLinkedToTheFractieOfItsNameAndAnUnknownNameIsKept() throws Exception {
        // A store loaded with a real page of votes that expands their Fractie records (VVD among them).
        Path in = Files.createDirectories(tmp.resolve("in/stemming"));
        Files.copy(ProjectFiles.dataDir().resolve("tk-opendata/stemming/stemming_page_0001_enriched_20251003T133642Z.json"), in.resolve("page.json"));
        StoreDirectory store = new StoreDirectory(tmp.resolve("store"));
        new StoreLoader(store).load(out -> KamergraafMapper.create().base(BASE).source(tmp.resolve("in")).build().map(out));
        DatasetGraph dataset = KamergraafDataset.openCurrent(store);
        try {
            RecordGraphMapper mapper = RecordGraphMappers.forStore(new UriMinter(BASE), dataset);
            // A real member's vote as a $select without keys gives it: "ActorFractie": "VVD", no Fractie_Id.
            ObjectMapper json = new ObjectMapper();
            ObjectNode vote = null;
            for (var r : json.readTree(ProjectFiles.dataDir().resolve("tk-opendata/stemming/stemming_page_1_fullterm_20251002_234209.json").toFile())) {
                if ("VVD".equals(r.path("ActorFractie").asText())) {
                    vote = (ObjectNode) r.deepCopy();
                    break;
                }
            }
            ObjectNode unknown = ((ObjectNode) vote.deepCopy()).put("Id", "00000000-0000-4000-8000-0000000000f1").put("ActorFractie", "Fractie Zonder Record");
            mapper.startPage(List.of(new PageRecord("Stemming", vote), new PageRecord("Stemming", unknown)));

            RecordGraph g = mapper.map("Stemming", vote, "test");
            Set<String> fracties = g.quads().stream().filter(q -> q.getPredicate().equals(ORGANIZATION))
                    .map(q -> q.getObject().getURI()).collect(Collectors.toSet());
            assertEquals(Set.of(BASE + "/id/fractie/7476e97a-3243-4122-9df6-ba7d82a5279b"), fracties);
            assertTrue(g.quads().stream().noneMatch(q -> q.getPredicate().equals(KG.fractienaam)), g.quads()::toString);

            RecordGraph kept = mapper.map("Stemming", unknown, "test");
            assertEquals(List.of("Fractie Zonder Record"), kept.quads().stream().filter(q -> q.getPredicate().equals(KG.fractienaam))
                    .map(Quad::getObject).map(Node::getLiteralLexicalForm).toList());
        } finally {
            TDBInternal.expel(dataset);
        }
    }
}
