package nl.kamergraaf.server.linkeddata;

import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Where a link to an IRI points in a page: our things and record graphs to their /id/ or /graph/ IRI on this server
 * (which answers 303 to the description), other IRIs the store describes (ELI acts, ministries, ontology terms) to
 * their /doc?uri= page, and anything else to the IRI itself (a tweedekamer.nl or officielebekendmakingen page,
 * Wikidata).
 */
final class LinkTargets {
    private final Addresses addresses;
    private final Set<Node> describedHere;

    LinkTargets(Addresses addresses, Set<Node> describedHere) {
        this.addresses = addresses;
        this.describedHere = describedHere;
    }

    /** Empty for IRIs that are not web links (urn:, mailto:, ...) and not described here. */
    Optional<String> href(Node iri) {
        String s = iri.getURI();
        Optional<String> ours = addresses.pathOf(s);
        if (ours.isPresent()) return ours;
        if (describedHere.contains(iri)) return Optional.of(addresses.docPath(s));
        return external(iri);
    }

    /** The IRI itself when it can be opened in a browser: shown beside our page about an external thing. */
    Optional<String> external(Node iri) {
        String s = iri.getURI();
        return s.startsWith("http://") || s.startsWith("https://") ? Optional.of(s) : Optional.empty();
    }

    boolean isOurs(Node iri) {
        return addresses.isOurs(iri.getURI());
    }
}
