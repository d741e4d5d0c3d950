package nl.kamergraaf.server.linkeddata;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What the store says about one thing, as far as one page of its description shows: its own statements, one page of
 * the statements that point at it, the record graphs its statements come from, and the labels of everything involved
 * (linked things, properties, classes). For an IRI that names a graph of the store (a record graph), also one page
 * of the things that graph describes.
 *
 * @param thing          the described IRI
 * @param status         whether it is live, deleted (a tombstone) or unknown
 * @param own            statements with the thing as subject
 * @param incoming       this page's statements with the thing as object
 * @param incomingTotal  how many statements point at the thing in all, or, when not exact, at least
 * @param incomingTotalExact whether {@code incomingTotal} is the full count; a hub's is counted only a few pages ahead
 * @param page           this page, from 1
 * @param pageCount      how many pages the incoming statements (or the things a record graph describes) fill, at least 1
 *                       (a lower bound when the incoming total is not exact)
 * @param labels         label statements of the linked things, properties and classes
 * @param describedHere  IRIs outside our /id/ and /graph/ space that the store describes, so they get a /doc?uri= page
 * @param schemaTypes    schema.org classes the thing's classes specialise (from the ontology's alignments)
 * @param sources        the record graphs that hold the thing's own statements (where they come from)
 * @param topics         for a graph of the store: this page of the things it describes; empty for any other IRI
 * @param neighbours     the statements of the references and votes that point at the thing (the subjects of its
 *                       incoming {@link Describer#SHOWN_IN_PLACE} statements, a bounded number) and the labels of what they link to, so
 *                       that the HTML page can show a citation's sentence or a vote's fractie in place; read for
 *                       pages only ({@link Describer#describeForPage}), empty otherwise: the RDF representations hold
 *                       the thing's description, not its neighbours'
 */
public record Description(Node thing, Status status, List<Triple> own, List<Triple> incoming, long incomingTotal,
                          boolean incomingTotalExact, int page, int pageCount, Graph labels, Set<Node> describedHere, List<Node> schemaTypes,
                          List<Node> sources, Optional<Topics> topics, Graph neighbours) {

    public enum Status { LIVE, GONE, UNKNOWN }

    /**
     * The things a record graph describes: the distinct subjects of its statements (other than the graph itself), one
     * page of them (pages follow the store's index order; a page is sorted by IRI), and how many there are in all.
     */
    public record Topics(List<Node> page, long total) {}

    public boolean hasNextPage() {
        return page < pageCount;
    }

    public boolean hasPreviousPage() {
        return page > 1;
    }

    /** Whether the described IRI names a graph of the store. */
    public boolean isGraph() {
        return topics.isPresent();
    }
}
