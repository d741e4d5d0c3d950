package nl.kamergraaf.mapper.entity;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.ConceptSchemes;
import nl.kamergraaf.vocab.KG;

/**
 * The one place that turns a value of an enumeration (BesluitSoort, Stemming.Soort, ...) into a concept. A value the
 * ontology's scheme lists becomes that concept, {@code skos:inScheme} the scheme. A value the list does not hold is
 * kept as what it is: a {@link KG#OnbekendeWaarde} at {@code {base}/id/onbekende-waarde/{scheme}/{slug}}, with the
 * value as its notation and {@code kg:buitenSchema} naming the scheme it was used for — never a member of the
 * published scheme — and the listener hears of it, so that {@code map} can warn.
 */
final class EnumerationConcepts {
    /** Hears of each value outside its scheme's list, every time a record uses one. */
    interface UnknownValueListener {
        void unknownValue(String scheme, String value);
    }

    private static final String NL = "nl";
    private static final int MAX_CACHED = 10_000;

    private final UriMinter uris;
    private final ConceptSchemes schemes;
    private final UnknownValueListener listener;
    /** Enumerations have few values, used by many records: each concept is made and checked once. */
    private final Map<String, Concept> cache = new HashMap<>();

    private record Concept(Node iri, Node scheme, boolean listed) {}

    EnumerationConcepts(UriMinter uris, ConceptSchemes schemes, UnknownValueListener listener) {
        this.uris = uris;
        this.schemes = schemes;
        this.listener = listener;
    }

    /** The concept for the value, described in the record's graph where it is used. */
    Node concept(String scheme, String value, RecordBuffer b) {
        Concept c = cache.get(scheme + '\n' + value);
        if (c == null) {
            c = make(scheme, value);
            if (cache.size() < MAX_CACHED) cache.put(scheme + '\n' + value, c);
        }
        if (c.listed()) {
            b.type(c.iri(), SKOS.Concept.asNode());
            b.literal(c.iri(), SKOS.prefLabel.asNode(), value, NL);
            b.add(c.iri(), SKOS.inScheme.asNode(), c.scheme());
        } else {
            listener.unknownValue(scheme, value);
            b.type(c.iri(), KG.OnbekendeWaarde);
            b.literal(c.iri(), SKOS.prefLabel.asNode(), value, NL);
            b.add(c.iri(), SKOS.notation.asNode(), NodeFactory.createLiteralString(value));
            b.add(c.iri(), KG.buitenSchema, c.scheme());
        }
        return c.iri();
    }

    /** Whether the scheme lists the value. */
    boolean lists(String scheme, String value) {
        return schemes.lists(UriMinter.conceptScheme(scheme), UriMinter.concept(scheme, value));
    }

    private Concept make(String scheme, String value) {
        Node schemeIri = UriMinter.conceptScheme(scheme);
        Node listed = UriMinter.concept(scheme, value);
        if (schemes.lists(schemeIri, listed)) return new Concept(listed, schemeIri, true);
        return new Concept(uris.onbekendeWaarde(scheme, value), schemeIri, false);
    }
}
