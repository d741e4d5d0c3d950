package nl.kamergraaf.sync;

import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;

import nl.kamergraaf.mapper.odata.PublicNumbers;
import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * The public number of a document, zaak, activiteit or agendapunt GUID as the store being synced knows it: the
 * record graph {@code graph/odata-zaak/<guid>} names its thing by the IRI minted from the number
 * ({@code id/zaak/2024Z21275}, with {@code dct:identifier "<guid>"}); a thing without a known number has its GUID
 * IRI there. Reads in a transaction of its own (sync maps a page before its write transaction begins).
 */
public final class StoreNumbers implements PublicNumbers {
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();

    private final DatasetGraph dataset;
    private final UriMinter uris;

    public StoreNumbers(DatasetGraph dataset, UriMinter uris) {
        this.dataset = dataset;
        this.uris = uris;
    }

    @Override
    public Optional<String> nummer(String entityType, String guid) {
        if (guid == null) return Optional.empty();
        String kind = entityType.toLowerCase(Locale.ROOT);
        Node graph;
        try {
            graph = uris.recordGraph("odata-" + kind, guid.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a GUID that makes an IRI: no record of it can be stored
        }
        String prefix = uris.base() + "/id/" + kind + "/";
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> it = dataset.find(graph, Node.ANY, IDENTIFIER, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Node s = q.getSubject();
                if (!q.getObject().isLiteral() || !guid.equalsIgnoreCase(q.getObject().getLiteralLexicalForm())) continue;
                if (s.isURI() && s.getURI().startsWith(prefix)) {
                    String key = s.getURI().substring(prefix.length());
                    if (!key.equalsIgnoreCase(guid)) return Optional.of(key);
                }
            }
            return Optional.<String>empty();
        });
    }
}
