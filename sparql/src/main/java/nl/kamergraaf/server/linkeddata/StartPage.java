package nl.kamergraaf.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

import nl.kamergraaf.server.HtmlTemplates;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Prefixes;

/**
 * The start page at {@code /}: what the dataset is, where to query it, download it and read its ontology, and entry
 * points into the graph (the newest documents, the dossiers, the fracties), found with SPARQL on the store.
 */
record StartPage(DatasetGraph dataset, Addresses addresses) {
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

    String render() {
        return HtmlTemplates.render("start", Map.of("title", "Kamergraaf", "sections", List.of(
                section("Nieuwste documenten", NEWEST_DOCUMENTS),
                section("Dossiers", DOSSIERS),
                section("Fracties", FRACTIES))));
    }

    /** A list of entry points on the page; {@code entries} empty before anything is loaded. */
    record Section(String title, List<Link> entries) {
        boolean loaded() {
            return !entries.isEmpty();
        }
    }

    /** An entry point as the page shows it: its page here, its label and note. */
    record Link(String href, String label, String note) {}

    private Section section(String title, String query) {
        return new Section(title, entries(query).stream().map(e -> new Link(
                addresses.pathOf(e.thing().getURI()).orElseGet(() -> addresses.docPath(e.thing().getURI())),
                e.label(), e.note().isEmpty() ? null : e.note())).toList());
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
