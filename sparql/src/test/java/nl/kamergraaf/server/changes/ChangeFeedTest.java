package nl.kamergraaf.server.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.kamergraaf.server.SyncedStoreServing;
import nl.kamergraaf.server.changes.ChangeFeedExtension;
import nl.kamergraaf.store.sync.SyncFixture;

/** The change feed served over real HTTP by the server, after a sync into a real store. */
class ChangeFeedTest extends SyncedStoreServing {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @BeforeEach
    void syncAndServe() throws Exception {
        f.sync().run(f.syncFeeds(f.http(2), SyncFixture.ENTITIES));
        serve(f.dataset, new ChangeFeedExtension(5));
    }

    record Item(String iri, String kind, String updated, String graph) {}

    @Test
    void aMirrorFollowingNextLinksSeesEveryChangedAndDeletedIriOnceInOrder() throws Exception {
        List<Item> items = new ArrayList<>();
        String next = "/changes";
        int pages = 0;
        while (next != null) {
            HttpResponse<byte[]> r = get(next);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
            Document feed = parse(r.body());
            NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
            assertTrue(entries.getLength() <= 5);
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                items.add(new Item(((Element) e.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"),
                        ((Element) e.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"),
                        e.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent(),
                        graphOf(e.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent())));
            }
            next = link(feed, "next");
            pages++;
        }

        assertEquals(7, pages, "34 changes in pages of 5");
        assertEquals(f.sync().changeLog().entries().size(), items.size());
        assertEquals(34, items.size());
        List<String> deleted = items.stream().filter(i -> i.kind().equals("deleted")).map(Item::iri).toList();
        assertEquals(5, deleted.size());
        // what the feed calls deleted is a tombstone in the graph, and what it calls changed is live unless its record
        // graph was deleted later (a record keyed by number before is a tombstone by GUID after: mirrors go by graph)
        List<String> deletedGraphs = items.stream().filter(i -> i.kind().equals("deleted")).map(Item::graph).toList();
        for (Item i : items) {
            boolean tombstone = ask("ASK { <" + i.iri() + "> a <https://w3id.org/kamergraaf/def#VerwijderdRecord> }");
            // live: a type besides the tombstone's own (kg:VerwijderdRecord and its materialised super-class prov:Entity)
            boolean live = ask("ASK { <" + i.iri() + "> a ?t FILTER(?t NOT IN (<https://w3id.org/kamergraaf/def#VerwijderdRecord>, "
                    + "<http://www.w3.org/ns/prov#Entity>)) }");
            if (deleted.contains(i.iri())) {
                assertTrue(tombstone && !live, i.iri());
            } else if (i.graph().contains("/graph/odata-stemmingsuitslag/")) {
                // a recounted vote event: changed, never a tombstone; live while its besluit has votes (its graph has counts)
                assertTrue(!tombstone && live == ask("ASK { GRAPH <" + i.graph() + "> { ?s ?p ?o } }"), i.iri());
            } else if (!deletedGraphs.contains(i.graph())) {
                assertTrue(live && !tombstone, i.iri());
            }
        }
    }

    // slow: each test syncs a store of its own; aMirrorFollowingNextLinksSeesEveryChangedAndDeletedIriOnceInOrder
    // keeps the feed covered in the quick loop.
    @Tag("slow")
    @Test
    void aBadCursorIsAClientError() throws Exception {
        assertEquals(400, get("/changes?after=yesterday").statusCode());
    }

    // slow: each test syncs a store of its own; aMirrorFollowingNextLinksSeesEveryChangedAndDeletedIriOnceInOrder
    // reads the feed to its end in the quick loop.
    @Tag("slow")
    @Test
    void askingAfterTheLastChangeGivesAnEmptyPageWithoutNext() throws Exception {
        Document feed = parse(get("/changes?after=34").body());
        assertEquals(0, feed.getElementsByTagNameNS(ATOM, "entry").getLength());
        assertEquals(null, link(feed, "next"));
    }

    /** The record graph an entry's text names: "changed; graph G; sequence N" or "deleted; tombstone in graph G; …". */
    private static String graphOf(String content) {
        int at = content.indexOf("graph ") + "graph ".length();
        return content.substring(at, content.indexOf(';', at));
    }

    private boolean ask(String query) {
        return Txn.calculateRead(f.dataset, () -> {
            try (var qe = QueryExecutionFactory.create(query, DatasetImpl.wrap(f.dataset))) {
                return qe.execAsk();
            }
        });
    }

    private static String link(Document feed, String rel) {
        NodeList links = feed.getDocumentElement().getChildNodes();
        for (int i = 0; i < links.getLength(); i++) {
            if (links.item(i) instanceof Element e && e.getLocalName().equals("link") && rel.equals(e.getAttribute("rel"))) {
                return e.getAttribute("href");
            }
        }
        return null;
    }
}
