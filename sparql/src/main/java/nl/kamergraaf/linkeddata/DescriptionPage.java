package nl.kamergraaf.linkeddata;

import nl.kamergraaf.html.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import nl.kamergraaf.vocab.KG;

/**
 * The HTML page of a thing: title and type at the top, its properties with readable labels, links to related things
 * and to the original pages (rdfs:seeAlso), the incoming links page by page, the record graphs its statements come
 * from, an "open in SPARQL" link, the other formats as {@code <link rel="alternate">}, and schema.org JSON-LD for
 * search engines. The page of a record graph also lists, page by page, the things the record describes, and links to
 * its whole content (TriG, N-Quads). Every value is escaped.
 */
final class DescriptionPage {
    private static final int LONG_TEXT = 300;

    private final Description d;
    private final Addresses addresses;
    private final LinkTargets links;
    private final Graph view; // own + incoming + labels: everything a label may be looked up in

    DescriptionPage(Description d, Addresses addresses) {
        this.d = d;
        this.addresses = addresses;
        this.links = new LinkTargets(addresses, d.describedHere());
        this.view = GraphFactory.createDefaultGraph();
        d.own().forEach(view::add);
        d.incoming().forEach(view::add);
        d.labels().find().forEachRemaining(view::add);
    }

    String render() {
        String iri = d.thing().getURI();
        String title = title();
        StringBuilder head = new StringBuilder();
        for (Representation r : offered()) {
            if (!r.isRdf()) continue;
            head.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                .append(Html.escape(addresses.docPath(iri, r, pageOf(r)))).append("\">\n");
        }
        head.append("<script type=\"application/ld+json\">")
            .append(SchemaOrgJson.of(d, view, addresses.base() + addresses.docPath(iri, Representation.HTML, 1)))
            .append("</script>\n");

        StringBuilder out = new StringBuilder(8192);
        PageLayout.open(out, title, head.toString());
        out.append("<p class=\"type\">").append(Html.escape(typeLine())).append("</p>\n");
        out.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        out.append("<p class=\"iri\">").append(Html.escape(iri)).append("</p>\n");
        if (d.status() == Description.Status.GONE) {
            out.append("<p class=\"gone\">Dit record is door de bron verwijderd; hieronder staat wat daarover bekend is. ")
               .append("(This record was deleted at its source.)</p>\n");
        }
        actions(out, iri);
        properties(out);
        sources(out);
        topics(out);
        incoming(out);
        pager(out, iri);
        PageLayout.close(out);
        return out.toString();
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

    private String typeLine() {
        List<String> types = new ArrayList<>();
        view.find(d.thing(), RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(Labels.bestOrFallback(view, t.getObject())));
        return types.isEmpty() ? "Ding" : String.join(" · ", types.stream().distinct().sorted().toList());
    }

    private void actions(StringBuilder out, String iri) {
        String query = d.isGraph()
                ? "SELECT ?onderwerp ?eigenschap ?waarde WHERE {\n  GRAPH <" + iri + "> { ?onderwerp ?eigenschap ?waarde }\n}"
                : "SELECT ?eigenschap ?waarde WHERE {\n  <" + iri + "> ?eigenschap ?waarde\n}";
        out.append("<p class=\"actions\"><a href=\"/query?query=")
           .append(Html.escape(URLEncoder.encode(query, StandardCharsets.UTF_8))).append("\">Open in SPARQL</a>");
        out.append(" <span>Formaten:</span>");
        for (Representation r : offered()) {
            if (!r.isRdf() || r.isWholeRecord()) continue;
            formatLink(out, iri, r);
        }
        if (offered().stream().anyMatch(Representation::isWholeRecord)) {
            out.append(" <span>Volledige inhoud van het record:</span>");
            for (Representation r : offered()) if (r.isWholeRecord()) formatLink(out, iri, r);
        }
        if (iri.startsWith(KG.NS)) {
            // The ontology's documentation page (served under /def by the ontology part) has an anchor per term.
            String doc = "/def#" + iri.substring(KG.NS.length());
            out.append(" <a href=\"").append(Html.escape(doc)).append("\">Documentatie van de ontologie</a>");
        }
        out.append("</p>\n");
    }

    private void properties(StringBuilder out) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        d.own().stream().sorted(PROPERTY_ORDER).forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
        out.append("<h2>Eigenschappen</h2>\n<table>\n");
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            out.append("<tr><th>");
            link(out, e.getKey(), Labels.bestOrFallback(view, e.getKey()));
            out.append("</th><td><ul class=\"values\">");
            e.getValue().stream().sorted(Labels.BY_LANGUAGE).forEach(v -> {
                out.append("<li>");
                value(out, v);
                out.append("</li>");
            });
            out.append("</ul></td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void formatLink(StringBuilder out, String iri, Representation r) {
        out.append(" <a href=\"").append(Html.escape(addresses.docPath(iri, r, pageOf(r)))).append("\" type=\"")
           .append(r.mediaType()).append("\">").append(r == Representation.RDFXML ? "RDF/XML" : r.suffix()).append("</a>");
    }

    /** What a record graph describes: this page of the distinct subjects of its statements. */
    private void topics(StringBuilder out) {
        if (d.topics().isEmpty()) return;
        Description.Topics topics = d.topics().get();
        out.append("<h2>Beschrijft (").append(topics.total()).append(")</h2>\n<ul class=\"topics\">\n");
        for (Node topic : topics.page()) {
            out.append("<li>");
            value(out, topic);
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void incoming(StringBuilder out) {
        if (d.incomingTotal() == 0) return;
        out.append("<h2>Verwijzingen hierheen (").append(d.incomingTotalExact() ? "" : "meer dan ").append(d.incomingTotal())
           .append(")</h2>\n<table>\n");
        for (Triple t : d.incoming()) {
            out.append("<tr><th>");
            link(out, t.getPredicate(), Labels.bestOrFallback(view, t.getPredicate()));
            out.append("</th><td>");
            value(out, t.getSubject());
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** The record graphs the thing's statements come from, each a link to the record's own page. */
    private void sources(StringBuilder out) {
        if (d.sources().isEmpty()) return;
        out.append("<h2>Bronrecords</h2>\n<ul class=\"sources\">\n");
        for (Node source : d.sources()) {
            out.append("<li>");
            String iri = source.getURI();
            link(out, source, addresses.isRecordGraph(iri) ? addresses.recordGraphKey(iri) : iri);
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    /** One pager for the paged lists of the page: incoming links, and the things a record graph describes. */
    private void pager(StringBuilder out, String iri) {
        if (d.pageCount() <= 1) return;
        out.append("<p class=\"pager\">Pagina ").append(d.page()).append(" van ").append(d.incomingTotalExact() ? "" : "meer dan ")
           .append(d.pageCount()).append(" ");
        if (d.hasPreviousPage()) {
            out.append("<a rel=\"prev\" href=\"").append(Html.escape(addresses.docPath(iri, Representation.HTML, d.page() - 1)))
               .append("\">← vorige</a>");
        }
        if (d.hasNextPage()) {
            out.append("<a rel=\"next\" href=\"").append(Html.escape(addresses.docPath(iri, Representation.HTML, d.page() + 1)))
               .append("\">volgende →</a>");
        }
        out.append("</p>\n");
    }

    private void value(StringBuilder out, Node v) {
        if (v.isURI()) {
            // An unlabelled page elsewhere (tweedekamer.nl, officielebekendmakingen) is shown by its full address.
            boolean plainWebPage = !links.isOurs(v) && !d.describedHere().contains(v) && Labels.best(view, v).isEmpty();
            link(out, v, plainWebPage ? v.getURI() : Labels.bestOrFallback(view, v));
            if (!links.isOurs(v) && d.describedHere().contains(v)) {
                links.external(v).ifPresent(ext -> out.append("<a class=\"ext\" href=\"").append(Html.escape(ext))
                        .append("\" title=\"").append(Html.escape(ext)).append("\">↗</a>"));
            }
        } else if (v.isLiteral()) {
            String text = v.getLiteralLexicalForm();
            out.append(text.length() > LONG_TEXT ? "<div class=\"long\">" : "<span>").append(Html.escape(text))
               .append(text.length() > LONG_TEXT ? "</div>" : "</span>");
            if (!v.getLiteralLanguage().isEmpty()) out.append("<span class=\"lang\">").append(Html.escape(v.getLiteralLanguage())).append("</span>");
        } else {
            out.append(Html.escape(v.toString()));
        }
    }

    private void link(StringBuilder out, Node iri, String text) {
        var href = links.href(iri);
        if (href.isPresent()) {
            out.append("<a href=\"").append(Html.escape(href.get())).append("\">").append(Html.escape(text)).append("</a>");
        } else {
            out.append(Html.escape(text));
        }
    }

    /** rdf:type first, the naming properties next, then the rest by IRI, so the page reads from general to detail. */
    private static final java.util.Comparator<Triple> PROPERTY_ORDER = java.util.Comparator
            .comparingInt((Triple t) -> t.getPredicate().equals(RDF.type.asNode()) ? 0
                    : Labels.NAMING.contains(t.getPredicate()) ? 1 : 2)
            .thenComparing(t -> t.getPredicate().getURI());
}
