package nl.kamergraaf.store.sync;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import nl.kamergraaf.mapper.directory.FractieDirectory;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Prefixes;

/**
 * The fracties the store being synced knows, as a {@link FractieDirectory}: so that a synced vote or actor role that
 * names its fractie only by name ({@code "ActorFractie": "JA21"}) is linked as a full map links it. A fractie with a
 * record graph of its own gives its short and full name and active period; one known only from the votes that name
 * it gives the label those votes gave it. A few hundred fracties, read once when sync starts.
 */
final class StoreFracties {
    private static final String QUERY = Prefixes.sparql(KG.PREFIX, "rdfs", "schema") + """
            SELECT ?f (SAMPLE(?a) AS ?afkorting) (SAMPLE(?n) AS ?naam) (SAMPLE(?s) AS ?start) (SAMPLE(?e) AS ?end)
                   (SAMPLE(?l) AS ?label) WHERE {
              ?f a kg:Fractie .
              OPTIONAL { ?f kg:afkorting ?a } OPTIONAL { ?f kg:naam ?n }
              OPTIONAL { ?f schema:startDate ?s } OPTIONAL { ?f schema:endDate ?e }
              OPTIONAL { ?f rdfs:label ?l FILTER(LANG(?l) = "nl") }
            } GROUP BY ?f""";

    private StoreFracties() {}

    static FractieDirectory directory(DatasetGraph dataset, UriMinter uris) {
        FractieDirectory fracties = new FractieDirectory();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(dataset.getUnionGraph())).query(QUERY).build()) {
                ResultSet rs = exec.execSelect();
                while (rs.hasNext()) add(rs.next(), fracties, dataset, uris);
            }
        });
        return fracties;
    }

    private static void add(QuerySolution row, FractieDirectory fracties, DatasetGraph dataset, UriMinter uris) {
        String iri = row.getResource("f").getURI();
        String guid = iri.substring(iri.lastIndexOf('/') + 1);
        if (!UriMinter.isGuid(guid)) return;
        if (dataset.containsGraph(uris.recordGraph("odata-fractie", guid))) {
            fracties.addRecord(guid, text(row.get("afkorting")), text(row.get("naam")), date(row.get("start")), date(row.get("end")));
        } else {
            fracties.observe(guid, text(row.get("label")), null);
        }
    }

    private static String text(RDFNode n) {
        return n == null || !n.isLiteral() ? null : n.asLiteral().getLexicalForm();
    }

    private static LocalDate date(RDFNode n) {
        String s = text(n);
        if (s == null || s.length() < 10) return null;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
