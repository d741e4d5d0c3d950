package nl.kamergraaf.linkeddata;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What the store says about one thing, as far as one page of its description shows: its own statements, one page of
 * the statements that point at it, and the labels of everything involved (linked things, properties, classes).
 *
 * @param thing          the described IRI
 * @param status         whether it is live, deleted (a tombstone) or unknown
 * @param own            statements with the thing as subject
 * @param incoming       this page's statements with the thing as object
 * @param incomingTotal  how many statements point at the thing in all
 * @param page           this page, from 1
 * @param pageCount      how many pages the incoming statements fill (at least 1)
 * @param labels         label statements of the linked things, properties and classes
 * @param describedHere  IRIs outside our /id/ space that the store describes, so they get a /doc?uri= page
 * @param schemaTypes    schema.org classes the thing's classes specialise (from the ontology's alignments)
 */
public record Description(Node thing, Status status, List<Triple> own, List<Triple> incoming, long incomingTotal,
                          int page, int pageCount, Graph labels, Set<Node> describedHere, List<Node> schemaTypes) {

    public enum Status { LIVE, GONE, UNKNOWN }

    public boolean hasNextPage() {
        return page < pageCount;
    }

    public boolean hasPreviousPage() {
        return page > 1;
    }
}
