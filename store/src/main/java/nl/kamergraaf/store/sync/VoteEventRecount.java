package nl.kamergraaf.store.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.mapper.AlignmentMaterializer;
import nl.kamergraaf.mapper.entity.VoteEventWriter;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.SuperTerms;

/**
 * Keeps the vote events of a synced store what a full map derives from its Stemming records: the graph
 * {@code graph/odata-stemmingsuitslag/{besluit}} with, per option, the summed weight of the besluit's live votes.
 * Sync notes the Stemming graphs a page changes (as stored before and as written after, since a vote may move to
 * another besluit or be deleted), and inside the page's write transaction {@link #rewrite} counts the votes of each
 * besluit they name again from what the store then holds, so a reader never sees counts that disagree with the votes.
 * <p>
 * A vote counts as a full map counts it ({@code VoteTally}): every live {@code kg:Stemming} with {@code kg:besluit} B
 * in its own record graph, once, under the option it names (the {@code skos:prefLabel}@nl its record graph gives the
 * option concept: the Stemming.Soort value, "Voor"), with its {@code opengov:weight} (a fractie's size, 1 for a
 * member's vote); a vote without a weight or an option is left out, and a besluit without counted votes has no vote
 * event graph. The graph's {@code dct:source} lists the sources of the counted votes' record graphs: the files a full
 * map read, the API URLs of the votes sync brought. Lookups go through the store's indexes
 * ({@code ? kg:besluit B}, then the vote's own graph), so a page costs in proportion to the votes of the besluiten it
 * touches, not to the store.
 */
final class VoteEventRecount {
    private static final Logger LOG = LoggerFactory.getLogger(VoteEventRecount.class);
    private static final String OPENGOV = "http://www.w3.org/ns/opengov#";
    private static final Node OPTION = NodeFactory.createURI(OPENGOV + "option");
    private static final Node WEIGHT = NodeFactory.createURI(OPENGOV + "weight");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node SOURCE = DCTerms.source.asNode();
    private static final String BESLUIT_PATH = "/id/besluit/";
    private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final SuperTerms SUPER_TERMS = SuperTerms.ofOntology();

    /** A vote event graph as rewritten: its IRI, the vote event it is about, and what it now holds (empty: gone). */
    record Rewritten(Node graph, Node subject, Set<Triple> triples) {}

    /** The besluiten whose votes the page touched, in IRI order so that rewriting is deterministic. */
    private final SortedSet<String> besluiten = new TreeSet<>();
    /** One minter per base: a besluit's vote event has the base its IRI was minted with. */
    private final Map<String, UriMinter> minters = new HashMap<>();

    /** Notes the besluiten the votes of one record graph name (as stored before the page, or as written by it). */
    void noteVotes(Collection<Triple> recordGraph) {
        Set<Node> votes = new HashSet<>();
        for (Triple t : recordGraph) {
            if (t.getPredicate().equals(TYPE) && t.getObject().equals(KG.Stemming)) votes.add(t.getSubject());
        }
        if (votes.isEmpty()) return;
        for (Triple t : recordGraph) {
            if (t.getPredicate().equals(KG.besluit) && t.getObject().isURI() && votes.contains(t.getSubject())) {
                besluiten.add(t.getObject().getURI());
            }
        }
    }

    /**
     * Inside the page's write transaction, after its record graphs are written: makes the vote event graph of every
     * noted besluit what the store's votes now give. Returns the graphs that changed; their subjects, before and
     * after, are added to {@code subjects} for the hooks.
     */
    List<Rewritten> rewrite(DatasetGraph dataset, Set<Node> subjects) {
        List<Rewritten> changed = new ArrayList<>();
        for (String besluitIri : besluiten) {
            Node besluit = NodeFactory.createURI(besluitIri);
            int at = besluitIri.lastIndexOf(BESLUIT_PATH);
            String guid = at < 0 ? "" : besluitIri.substring(at + BESLUIT_PATH.length());
            if (!GUID.matcher(guid).matches()) {
                LOG.warn("Votes name besluit {}, which is not a besluit IRI by GUID: its vote event is not recounted", besluitIri);
                continue;
            }
            UriMinter uris = minters.computeIfAbsent(besluitIri.substring(0, at), UriMinter::new);
            if (!uris.byGuid("besluit", guid).equals(besluit)) continue; // not an IRI Kamergraaf mints
            Rewritten r = rewrite(dataset, uris, besluit, guid, subjects);
            if (r != null) changed.add(r);
        }
        besluiten.clear();
        return changed;
    }

    private Rewritten rewrite(DatasetGraph dataset, UriMinter uris, Node besluit, String guid, Set<Node> subjects) {
        SortedMap<String, Long> perOption = new TreeMap<>();
        SortedSet<String> sources = new TreeSet<>();
        Set<Node> counted = new HashSet<>();
        Iterator<Quad> links = dataset.find(Node.ANY, Node.ANY, KG.besluit, besluit);
        while (links.hasNext()) {
            Quad link = links.next();
            Node g = link.getGraph();
            Node vote = link.getSubject();
            // Only the vote's own record graph says what it is: a besluit's expansion graph may still name a vote that
            // has moved since.
            if (counted.contains(vote) || !dataset.contains(g, vote, TYPE, KG.Stemming)) continue;
            Long weight = integer(first(dataset, g, vote, WEIGHT));
            Node option = first(dataset, g, vote, OPTION);
            String label = option == null ? null : dutchLabel(dataset, g, option);
            if (weight == null || label == null) continue;
            counted.add(vote);
            perOption.merge(label, weight, Long::sum);
            dataset.find(g, g, SOURCE, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) sources.add(q.getObject().getLiteralLexicalForm());
            });
        }
        Node graph = uris.recordGraph("odata-stemmingsuitslag", guid);
        Set<Triple> wanted = new HashSet<>();
        if (!perOption.isEmpty()) {
            new VoteEventWriter(uris).graph(guid, perOption, sources).flushTo(new AlignmentMaterializer(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    wanted.add(q.asTriple());
                }
            }, SUPER_TERMS));
        }
        Set<Triple> stored = new HashSet<>();
        dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
        if (StoredForm.of(stored).equals(StoredForm.of(wanted))) return null;
        stored.forEach(t -> subjects.add(t.getSubject()));
        wanted.forEach(t -> subjects.add(t.getSubject()));
        dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        for (Triple t : wanted) dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        return new Rewritten(graph, uris.byGuid("stemmingsuitslag", guid), wanted);
    }

    private static Node first(DatasetGraph dataset, Node g, Node s, Node p) {
        Iterator<Quad> it = dataset.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String dutchLabel(DatasetGraph dataset, Node g, Node concept) {
        Iterator<Quad> it = dataset.find(g, concept, PREF_LABEL, Node.ANY);
        while (it.hasNext()) {
            Node label = it.next().getObject();
            if (label.isLiteral() && "nl".equalsIgnoreCase(label.getLiteralLanguage())) return label.getLiteralLexicalForm();
        }
        return null;
    }

    private static Long integer(Node n) {
        if (n == null || !n.isLiteral()) return null;
        try {
            return Long.parseLong(n.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
