package nl.kamergraaf.server.linkeddata;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kamergraaf.vocab.KG;

/**
 * A hub (a fractie every vote of a parliament points at) is described at the cost of what its page shows: the
 * incoming statements are read one page and a bounded count ahead, never all of them, so a hub of 5,000 and one of
 * 50,000 votes give the same page and the same "more than" count; the last pages are still reached and exact.
 */
// slow: builds stores with hubs of 5,000 and 50,000 votes; DescriptionPagingAndPagesTest keeps paging of
// incoming statements covered in the quick loop.
@Tag("slow")
class HubDescriptionTest {
    private static final String BASE = "http://localhost:3030";
    private static final int PAGE = 10;
    private static final Node HUB = NodeFactory.createURI(BASE + "/id/fractie/0f000000-0000-4000-8000-0000000000ff");

    @ParameterizedTest
    @ValueSource(ints = {5_000, 50_000})
    void aHubsFirstPageCountsOnlyABoundedWindowOfItsIncomingStatements(int votes) {
        DatasetGraph dsg = hubOf(votes);
        Describer describer = new Describer(dsg, new Addresses(BASE), PAGE);

        Description first = describer.describe(HUB, 1);
        assertEquals(PAGE, first.incoming().size());
        assertFalse(first.incomingTotalExact(), "not counted to the end");
        assertEquals((long) PAGE * (1 + Describer.PAGES_COUNTED_AHEAD), first.incomingTotal(), "the same bounded count for every hub size");
        assertTrue(first.hasNextPage());

        int lastPage = (votes + PAGE - 1) / PAGE;
        Description last = describer.describe(HUB, lastPage);
        assertTrue(last.incomingTotalExact(), "counted to the end where the end is near");
        assertEquals(votes, last.incomingTotal());
        assertEquals(lastPage, last.pageCount());
        assertFalse(last.hasNextPage());
    }

    private static DatasetGraph hubOf(int votes) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Node fractieGraph = NodeFactory.createURI(BASE + "/graph/odata-fractie/0f000000-0000-4000-8000-0000000000ff");
        Txn.executeWrite(dsg, () -> {
            dsg.add(Quad.create(fractieGraph, HUB, org.apache.jena.vocabulary.RDF.type.asNode(), KG.Fractie));
            dsg.add(Quad.create(fractieGraph, HUB, RDFS.label.asNode(), NodeFactory.createLiteralLang("Hubfractie", "nl")));
            Node org = NodeFactory.createURI("http://www.w3.org/ns/opengov#organization");
            for (int i = 0; i < votes; i++) {
                String guid = String.format("00000000-0000-4000-8000-%012d", i);
                Node vote = NodeFactory.createURI(BASE + "/id/stemming/" + guid);
                dsg.add(Quad.create(NodeFactory.createURI(BASE + "/graph/odata-stemming/" + guid), vote, org, HUB));
            }
        });
        return dsg;
    }
}
