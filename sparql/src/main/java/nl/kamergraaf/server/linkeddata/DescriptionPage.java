package nl.kamergraaf.server.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import nl.kamergraaf.server.HtmlTemplates;
import nl.kamergraaf.vocab.KG;

/**
 * The HTML page of a thing, rendered by its class's template ({@link PageProfile}): type line and title at the top,
 * the thing's own kg: facts in the profile's order with readable labels, what is special to its class (a document's
 * references with their sentences, a besluit's votes per fractie), the same facts in standard vocabularies folded
 * into an "also as" section, the record graphs its statements come from, the incoming links page by page, an "open
 * in SPARQL" link, the other formats as {@code <link rel="alternate">}, and schema.org JSON-LD for search engines.
 * The page of a record graph also lists, page by page, the things the record describes. The whole page is a template
 * ({@link HtmlTemplates}) in the shared frame, and the template engine escapes every value.
 */
final class DescriptionPage {
    private final Description d;
    private final Addresses addresses;
    private final Graph view; // own + incoming + labels + neighbours: everything a label may be looked up in
    private final ValueViews values;

    DescriptionPage(Description d, Addresses addresses) {
        this.d = d;
        this.addresses = addresses;
        this.view = GraphFactory.createDefaultGraph();
        d.own().forEach(view::add);
        d.incoming().forEach(view::add);
        d.labels().find().forEachRemaining(view::add);
        d.neighbours().find().forEachRemaining(view::add);
        this.values = new ValueViews(view, new LinkTargets(addresses, d.describedHere()), d);
    }

    String render() {
        String iri = d.thing().getURI();
        String title = title();
        Set<Node> kgTypes = FactSections.kgTypes(d.own());
        PageProfile profile = PageProfile.of(kgTypes);

        Map<String, Object> page = body(iri, title, kgTypes, profile);
        page.put("alternates", offered().stream().filter(Representation::isRdf)
                .map(r -> new Format(r.mediaType(), addresses.docPath(iri, r, pageOf(r)), label(r))).toList());
        page.put("jsonLd", SchemaOrgJson.of(d, view, addresses.base() + addresses.docPath(iri, Representation.HTML, 1)));
        return HtmlTemplates.render(profile.template(), page);
    }

    private Map<String, Object> body(String iri, String title, Set<Node> kgTypes, PageProfile profile) {
        Map<String, Object> page = new HashMap<>();
        page.put("typeLine", typeLine(kgTypes));
        page.put("title", title);
        page.put("iri", iri);
        page.put("gone", d.status() == Description.Status.GONE);
        page.put("queryHref", queryHref(iri));
        List<Format> formats = new ArrayList<>();
        List<Format> wholeRecord = new ArrayList<>();
        for (Representation r : offered()) {
            if (!r.isRdf()) continue;
            (r.isWholeRecord() ? wholeRecord : formats).add(new Format(r.mediaType(), addresses.docPath(iri, r, pageOf(r)), label(r)));
        }
        page.put("formats", formats);
        page.put("wholeRecord", wholeRecord);
        page.put("hasWholeRecord", !wholeRecord.isEmpty());
        // The ontology's documentation page (served under /def by the ontology part) has an anchor per term.
        page.put("ontologyDoc", iri.startsWith(KG.NS) ? "/def#" + iri.substring(KG.NS.length()) : null);

        FactSections facts = new FactSections(d.own(), profile, title, values);
        page.put("facts", facts.lead());
        List<FactRow> alsoIncoming = alsoIncoming();
        page.put("also", facts.also());
        page.put("alsoIncoming", alsoIncoming);
        page.put("hasAlso", !facts.also().isEmpty() || !alsoIncoming.isEmpty());
        List<FactRow> incoming = leadIncoming();
        page.put("incoming", incoming);
        page.put("hasIncoming", !incoming.isEmpty());
        page.put("incomingCount", (d.incomingTotalExact() ? "" : "meer dan ") + d.incomingTotal());

        List<Citations.Citation> cites = Citations.at(d, KG.bron, values);
        List<Citations.Citation> citedBy = Citations.at(d, KG.doel, values);
        page.put("cites", cites);
        page.put("hasCites", !cites.isEmpty());
        page.put("citedBy", citedBy);
        page.put("hasCitedBy", !citedBy.isEmpty());
        page.put("hasCitations", !cites.isEmpty() || !citedBy.isEmpty());
        VoteTally votes = new VoteTally(d, values);
        page.put("votes", votes.rows());
        page.put("hasVotes", !votes.rows().isEmpty());
        page.put("voteTotals", votes.totals());
        // the in-place sections read at most IN_PLACE_LIMIT references or votes
        page.put("limited", cites.size() >= Describer.IN_PLACE_LIMIT || citedBy.size() >= Describer.IN_PLACE_LIMIT);
        page.put("limit", Describer.IN_PLACE_LIMIT);

        page.put("sources", d.sources().stream()
                .map(s -> values.link(s, addresses.isRecordGraph(s.getURI()) ? addresses.recordGraphKey(s.getURI()) : s.getURI()))
                .toList());
        page.put("hasSources", !d.sources().isEmpty());
        d.topics().ifPresent(t -> {
            page.put("topics", t.page().stream().map(values::of).toList());
            page.put("topicCount", t.total());
            page.put("hasTopics", true);
        });
        if (d.pageCount() > 1) {
            Map<String, Object> pager = new HashMap<>();
            pager.put("page", d.page());
            pager.put("pageCount", (d.incomingTotalExact() ? "" : "meer dan ") + d.pageCount());
            pager.put("prev", d.hasPreviousPage() ? addresses.docPath(iri, Representation.HTML, d.page() - 1) : null);
            pager.put("next", d.hasNextPage() ? addresses.docPath(iri, Representation.HTML, d.page() + 1) : null);
            page.put("pager", pager);
        }
        return page;
    }

    /** A format link: media type, address, and the name a reader knows it by. */
    record Format(String type, String href, String name) {}

    /** Incoming statements in kg: terms, except those a section of the page shows in place (citations, votes). */
    private List<FactRow> leadIncoming() {
        return incomingRows(t -> t.getPredicate().getURI().startsWith(KG.NS) && !Describer.SHOWN_IN_PLACE.contains(t.getPredicate()));
    }

    /** Incoming statements in standard vocabularies: they repeat kg: ones (dct:relation beside kg:fractie, ...). */
    private List<FactRow> alsoIncoming() {
        return incomingRows(t -> !t.getPredicate().getURI().startsWith(KG.NS));
    }

    private List<FactRow> incomingRows(java.util.function.Predicate<Triple> keep) {
        List<FactRow> rows = new ArrayList<>();
        for (Triple t : d.incoming()) {
            if (!keep.test(t)) continue;
            Node p = t.getPredicate();
            String name = p.getURI().startsWith(KG.NS) ? values.label(p) : FactSections.prefixed(p);
            rows.add(new FactRow(values.link(p, name), List.of(values.of(t.getSubject())), true));
        }
        return rows;
    }

    /** The best label; for an unlabelled record graph its kind and key ("Bronrecord pagina/2024D50227"). */
    private String title() {
        String iri = d.thing().getURI();
        if (Labels.best(view, d.thing()).isEmpty() && addresses.isRecordGraph(iri)) return "Bronrecord " + addresses.recordGraphKey(iri);
        return Labels.bestOrFallback(view, d.thing());
    }

    private List<Representation> offered() {
        return Representation.offeredFor(addresses.isRecordGraph(d.thing().getURI()));
    }

    /** The page a format link names: the same page of a description; the whole record is one document. */
    private int pageOf(Representation r) {
        return r.isWholeRecord() ? 1 : d.page();
    }

    private static String label(Representation r) {
        return r == Representation.RDFXML ? "RDF/XML" : r.suffix();
    }

    /** The thing's kg: classes by their ontology labels; a thing with none (an external act) shows all its classes. */
    private String typeLine(Set<Node> kgTypes) {
        List<Node> types = kgTypes.isEmpty()
                ? d.own().stream().filter(t -> t.getPredicate().equals(RDF.type.asNode())).map(Triple::getObject).toList()
                : List.copyOf(kgTypes);
        return types.isEmpty() ? "Ding" : String.join(" · ", types.stream().map(values::label).distinct().sorted().toList());
    }

    private String queryHref(String iri) {
        String query = d.isGraph()
                ? "SELECT ?onderwerp ?eigenschap ?waarde WHERE {\n  GRAPH <" + iri + "> { ?onderwerp ?eigenschap ?waarde }\n}"
                : "SELECT ?eigenschap ?waarde WHERE {\n  <" + iri + "> ?eigenschap ?waarde\n}";
        return "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
