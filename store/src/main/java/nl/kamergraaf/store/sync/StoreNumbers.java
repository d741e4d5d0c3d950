package nl.kamergraaf.store.sync;

import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import nl.kamergraaf.mapper.record.TkEntityType;
import nl.kamergraaf.mapper.spi.PublicNumbers;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * The public number of a document, zaak, activiteit, agendapunt or dossier GUID as the store being synced knows it:
 * the record graph {@code graph/odata-zaak/<guid>} names its thing by the IRI minted from the number
 * ({@code id/zaak/2024Z21275}, with {@code dct:identifier "<guid>"}); a thing without a known number has its GUID
 * IRI there. Reads in a transaction of its own (sync maps a page before its write transaction begins), with indexed
 * lookups in that one graph.
 *
 * <p>Two views: {@link #ofLiveThings} for links to things named by GUID, where a deleted record's graph gives no
 * number (a link goes where a full map of the final state sends it: the GUID IRI); {@link #includingDeleted} for the
 * tombstone of a deleted record, which also reads the numbered tombstone a deletion left (so applying the deletion
 * again gives the same graph) and, of course, the live graph it is about to replace.
 */
public final class StoreNumbers implements PublicNumbers {
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();

    private final DatasetGraph dataset;
    private final UriMinter uris;
    private final boolean includingTombstones;

    private StoreNumbers(DatasetGraph dataset, UriMinter uris, boolean includingTombstones) {
        this.dataset = dataset;
        this.uris = uris;
        this.includingTombstones = includingTombstones;
    }

    /** The numbers of the things the store holds as live. */
    public static StoreNumbers ofLiveThings(DatasetGraph dataset, UriMinter uris) {
        return new StoreNumbers(dataset, uris, false);
    }

    /** The numbers the store knows GUIDs by, a deleted record's numbered tombstone included. */
    public static StoreNumbers includingDeleted(DatasetGraph dataset, UriMinter uris) {
        return new StoreNumbers(dataset, uris, true);
    }

    @Override
    public Optional<String> nummer(String entityType, String guid) {
        TkEntityType type = TkEntityType.of(entityType).filter(TkEntityType::numbered).orElse(null);
        if (guid == null || type == null) return Optional.empty();
        Node graph;
        try {
            graph = uris.recordGraph(type.recordGraphKind(), guid.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a GUID that makes an IRI: no record of it can be stored
        }
        String prefix = uris.base() + "/id/" + type.numberSegment().orElseThrow() + "/";
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> it = dataset.find(graph, Node.ANY, IDENTIFIER, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Node s = q.getSubject();
                if (!q.getObject().isLiteral() || !guid.equalsIgnoreCase(q.getObject().getLiteralLexicalForm())) continue;
                if (!s.isURI() || !s.getURI().startsWith(prefix)) continue;
                String key = s.getURI().substring(prefix.length());
                if (key.equalsIgnoreCase(guid)) continue;
                if (!includingTombstones && dataset.contains(graph, s, RDF.type.asNode(), KG.VerwijderdRecord)) continue;
                return Optional.of(key);
            }
            return Optional.<String>empty();
        });
    }
}
