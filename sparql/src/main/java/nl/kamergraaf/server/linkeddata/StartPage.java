package nl.kamergraaf.server.linkeddata;

import nl.kamergraaf.html.Html;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Prefixes;

/**
 * The start page at {@code /}: what the dataset is, where to query it, download it and read its ontology, and entry
 * points into the graph (the newest documents, the dossiers, the fracties), found with SPARQL on the store.
 */
final class StartPage {
    /** An entry point: a thing with the label and note shown for it. */
    record Entry(Node thing, String label, String note) {}

    private static final String PREFIXES = Prefixes.sparql(KG.PREFIX, "rdfs");
    // The union graph is named explicitly, so the queries read all record graphs whatever the dataset's default graph is.
    private static final String NEWEST_DOCUMENTS = PREFIXES + """
            SELECT ?thing (SAMPLE(?l) AS ?label) (MAX(?d) AS ?note) WHERE { GRAPH <urn:x-arq:UnionGraph> {
              ?thing a kg:Document . OPTIONAL { ?thing kg:datum ?d } OPTIONAL { ?thing rdfs:label ?l } } }
            GROUP BY ?thing ORDER BY DESC(?note) ?thing LIMIT 10""";
    private static final String DOSSIERS = PREFIXES + """
            SELECT ?thing (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?note) WHERE { GRAPH <urn:x-arq:UnionGraph> {
              ?thing a kg:Kamerstukdossier . OPTIONAL { ?thing rdfs:label ?l } OPTIONAL { ?thing kg:dossiernummer ?n } } }
            GROUP BY ?thing ORDER BY ?thing LIMIT 25""";
    private static final String FRACTIES = PREFIXES + """
            SELECT ?thing (SAMPLE(?l) AS ?label) ("" AS ?note) WHERE { GRAPH <urn:x-arq:UnionGraph> {
              ?thing a kg:Fractie . OPTIONAL { ?thing rdfs:label ?l } } }
            GROUP BY ?thing ORDER BY ?label LIMIT 30""";

    private final DatasetGraph dataset;
    private final Addresses addresses;

    StartPage(DatasetGraph dataset, Addresses addresses) {
        this.dataset = dataset;
        this.addresses = addresses;
    }

    String render() {
        StringBuilder out = new StringBuilder(8192);
        PageLayout.open(out, "Kamergraaf", "");
        out.append("""
                <h1>Kamergraaf</h1>
                <p>Kamergraaf publiceert de open data van de Tweede Kamer als linked data: documenten, kamerstukken en
                dossiers, zaken, personen en fracties, moties en stemmingen, en waar documenten naar verwijzen, zoals
                EU-wetgeving. Elk ding heeft een IRI onder <code>/id/</code> die hier opvraagbaar is, als webpagina of als
                RDF (Turtle, JSON-LD, N-Triples, RDF/XML).</p>
                <p lang="en">Kamergraaf publishes the open data of the Dutch House of Representatives (Tweede Kamer) as
                linked data. Every IRI under <code>/id/</code> answers here, as a web page or as RDF by content
                negotiation. The data is public domain (CC0).</p>
                <h2>Gebruik</h2>
                <ul>
                <li><a href="/query">SPARQL-querypagina</a> · endpoint <code>/sparql</code></li>
                <li><a href="/dumps/">Downloads (dumps)</a></li>
                <li><a href="/catalog">Catalogus (DCAT)</a></li>
                <li><a href="/def">Ontologie</a></li>
                </ul>
                """);
        section(out, "Nieuwste documenten", NEWEST_DOCUMENTS);
        section(out, "Dossiers", DOSSIERS);
        section(out, "Fracties", FRACTIES);
        PageLayout.close(out);
        return out.toString();
    }

    private void section(StringBuilder out, String title, String query) {
        List<Entry> entries = entries(query);
        out.append("<h2>").append(Html.escape(title)).append("</h2>\n");
        if (entries.isEmpty()) {
            out.append("<p>Nog niets geladen.</p>\n");
            return;
        }
        out.append("<ul>\n");
        for (Entry e : entries) {
            String href = addresses.pathOf(e.thing().getURI()).orElseGet(() -> addresses.docPath(e.thing().getURI()));
            out.append("<li><a href=\"").append(Html.escape(href)).append("\">").append(Html.escape(e.label())).append("</a>");
            if (!e.note().isEmpty()) out.append(" <span class=\"lang\">").append(Html.escape(e.note())).append("</span>");
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    List<Entry> entries(String query) {
        return Txn.calculateRead(dataset, () -> {
            List<Entry> list = new ArrayList<>();
            RowSet rows = QueryExec.dataset(dataset).query(query).select();
            rows.forEachRemaining(b -> {
                Node thing = b.get("thing");
                if (thing == null || !thing.isURI()) return;
                Node label = b.get("label");
                Node note = b.get("note");
                list.add(new Entry(thing,
                        label != null && label.isLiteral() ? label.getLiteralLexicalForm() : Labels.fallback(thing.getURI()),
                        note != null && note.isLiteral() ? note.getLiteralLexicalForm() : ""));
            });
            return list;
        });
    }
}
