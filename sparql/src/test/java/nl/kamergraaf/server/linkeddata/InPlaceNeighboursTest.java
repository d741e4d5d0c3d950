package nl.kamergraaf.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.vocab.KG;

/**
 * What a page shows in place (a besluit's votes, a document's references) is read apart from the paged incoming
 * links and bounded: a roll call's 150 votes are all tallied although one page holds 10 incoming links, and a document
 * cited 1,000 times costs no more than {@link Describer#IN_PLACE_LIMIT} references.
 */
class InPlaceNeighboursTest {
    private static final String BASE = "http://localhost:3030";
    private static final int PAGE = 10;
    private static final Node OPTION = NodeFactory.createURI("http://www.w3.org/ns/opengov#option");
    private static final Node ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/opengov#organization");
    private static final Node WEIGHT = NodeFactory.createURI("http://www.w3.org/ns/opengov#weight");

    @Test
    void aRollCallsVotesAreAllTalliedThoughAPageHoldsTenIncomingLinks() {
        Node besluit = uri(BASE + "/id/besluit/0b000000-0000-4000-8000-000000000001");
        Node fractie = uri(BASE + "/id/fractie/0f000000-0000-4000-8000-0000000000aa");
        Node voor = uri("https://w3id.org/kamergraaf/def/stemkeuze/voor");
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            Node g = uri(BASE + "/graph/test/besluit");
            dsg.add(Quad.create(g, besluit, org.apache.jena.vocabulary.RDF.type.asNode(), KG.Besluit));
            dsg.add(Quad.create(g, fractie, RDFS.label.asNode(), NodeFactory.createLiteralLang("Rolfractie", "nl")));
            for (int i = 0; i < 150; i++) {
                Node vote = uri(String.format("%s/id/stemming/0e000000-0000-4000-8000-%012d", BASE, i));
                dsg.add(Quad.create(g, vote, KG.besluit, besluit));
                dsg.add(Quad.create(g, vote, ORGANIZATION, fractie));
                dsg.add(Quad.create(g, vote, OPTION, voor));
                dsg.add(Quad.create(g, vote, WEIGHT, NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
            }
        });
        Description d = new Describer(dsg, new Addresses(BASE), PAGE).describeForPage(besluit, 1);
        assertEquals(PAGE, d.incoming().size(), "one page of incoming links");

        VoteTally tally = new VoteTally(d, new ValueViews(d.labels(), new LinkTargets(new Addresses(BASE), d.describedHere()), d));
        assertEquals(1, tally.rows().size());
        assertEquals(150, tally.rows().get(0).weight(), "every member's vote, not one page's");
    }

    @Test
    void aDocumentCitedAThousandTimesReadsAtMostTheLimitOfReferences() {
        Node doc = uri(BASE + "/id/kamerstuk/99999-1");
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            Node g = uri(BASE + "/graph/test/citaties");
            dsg.add(Quad.create(g, doc, org.apache.jena.vocabulary.RDF.type.asNode(), KG.Kamerstuk));
            for (int i = 0; i < 1_000; i++) {
                Node ref = uri(BASE + "/id/verwijzing/test-" + i);
                dsg.add(Quad.create(g, ref, KG.doel, doc));
                dsg.add(Quad.create(g, ref, KG.bron, uri(BASE + "/id/document/test-" + i)));
                dsg.add(Quad.create(g, ref, KG.gevondenIn, NodeFactory.createLiteralString("Zie Kamerstuk 99999, nr. 1.")));
            }
        });
        Description d = new Describer(dsg, new Addresses(BASE), PAGE).describeForPage(doc, 1);
        long references = d.neighbours().find(Node.ANY, KG.doel, doc).toList().size();
        assertEquals(Describer.IN_PLACE_LIMIT, references);
        assertTrue(d.neighbours().size() <= 3L * Describer.IN_PLACE_LIMIT, "their own statements only: " + d.neighbours().size());
        assertTrue(new Describer(dsg, new Addresses(BASE), PAGE).describe(doc, 1).neighbours().isEmpty(),
                "an RDF answer does not read them: it holds the thing's description only");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
