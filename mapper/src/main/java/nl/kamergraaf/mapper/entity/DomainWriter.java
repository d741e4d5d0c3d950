package nl.kamergraaf.mapper.entity;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.record.TkEntityType;
import nl.kamergraaf.vocab.KG;

/**
 * What the writers of each domain (documents, cases, decisions and votes, persons and groups) share: the IRIs of the
 * things records name, the concepts of enumerations, and how a thing gets its label.
 */
abstract class DomainWriter {
    static final String NL = "nl";
    static final String EN = "en";
    static final Node LABEL = RDFS.label.asNode();
    static final Node SEE_ALSO = RDFS.seeAlso.asNode();
    static final Node IDENTIFIER = DCTerms.identifier.asNode();
    static final Node DESCRIPTION = DCTerms.description.asNode();

    final ODataIris iris;
    final EnumerationConcepts concepts;
    final EntityWriter entities;

    DomainWriter(ODataIris iris, EnumerationConcepts concepts, EntityWriter entities) {
        this.iris = iris;
        this.concepts = concepts;
        this.entities = entities;
    }

    /**
     * What a numbered document or zaak says of itself first: its class, its number (under {@code numberProperty}),
     * its label, titel and onderwerp.
     */
    static void numberedAndTitled(Node s, TkEntityType type, Node numberProperty, String nummer, JsonNode r, RecordBuffer b) {
        String onderwerp = Fields.text(r, "Onderwerp");
        String titel = Fields.text(r, "Titel");
        b.type(s, type.kgClass());
        b.string(s, numberProperty, nummer);
        label(s, b, type.apiName(), numberOrId(r, nummer), onderwerp, titel);
        b.literal(s, KG.titel, titel, NL);
        b.literal(s, KG.onderwerp, onderwerp, NL);
    }

    /** What an activiteit or agendapunt says of itself first: its class, label, number and onderwerp. */
    static void numberedWithSubject(Node s, TkEntityType type, JsonNode r, RecordBuffer b) {
        b.type(s, type.kgClass());
        String nummer = Fields.text(r, "Nummer");
        String onderwerp = Fields.text(r, "Onderwerp");
        label(s, b, type.apiName(), numberOrId(r, nummer), onderwerp);
        b.string(s, KG.nummer, nummer);
        b.literal(s, KG.onderwerp, onderwerp, NL);
    }

    /**
     * The Dutch label of a thing: the first of its names the record has, else "{kind} {key}" (e.g. "Zaak 2024Z21275"),
     * so that every thing has one.
     */
    static void label(Node s, RecordBuffer b, String kind, String key, String... names) {
        for (String name : names) {
            if (name != null) {
                b.literal(s, LABEL, name, NL);
                return;
            }
        }
        b.literal(s, LABEL, kind + " " + key, NL);
    }

    /** The key a label falls back to: the record's number, else its Id. */
    static String numberOrId(JsonNode r, String nummer) {
        return or(nummer, Fields.text(r, "Id"));
    }

    /** Links the concept of an enumeration's value, when the record has one. */
    final void concept(Node s, Node p, String scheme, String label, RecordBuffer b) {
        if (label != null) b.add(s, p, concepts.concept(scheme, label, b));
    }

    final Node concept(String scheme, String label, RecordBuffer b) {
        return concepts.concept(scheme, label, b);
    }

    static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
