package nl.kamergraaf.mapper.entity;

import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.directory.FractieDirectory;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.record.TkEntityType;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Prefixes;

/**
 * Writes what one live OData record says about its entity, in the terms of the ontology (see docs/mapping.md): the
 * identifier and modification time every entity has, then what its type says, by the writer of its domain. Links
 * that a record states by foreign key ({@code Besluit_Id}) are written there; links that a nested {@code $expand}
 * states are written by {@link NavigationLinks}.
 */
final class ODataEntityWriter {
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();

    private final ODataIris iris;
    private final DocumentWriter documents;
    private final CaseWriter cases;
    private final DecisionAndVoteWriter decisions;
    private final PersonAndGroupWriter people;

    ODataEntityWriter(ODataIris iris, EntityWriter entities, EnumerationConcepts concepts, FractieDirectory fracties,
            Predicate<String> rollCallBesluit) {
        this.iris = iris;
        FractieLinks fractieLinks = new FractieLinks(iris, fracties);
        this.documents = new DocumentWriter(iris, concepts, entities);
        this.cases = new CaseWriter(iris, concepts, entities);
        this.decisions = new DecisionAndVoteWriter(iris, concepts, entities, fractieLinks, rollCallBesluit);
        this.people = new PersonAndGroupWriter(iris, concepts, entities, fractieLinks);
    }

    /** The record's parent in a nested expansion, or none at the top level; a Besluit parent says if it is a roll call. */
    record Parent(String type, String id, Node iri, boolean rollCall) {
        static final Parent NONE = new Parent(null, null, null, false);

        /** A foreign key from the record, else the parent's id when the parent is of that type. */
        String idOf(JsonNode r, String field, String type) {
            String fk = Fields.text(r, field);
            return fk != null ? fk : type.equals(this.type) ? id : null;
        }
    }

    Node write(String type, ObjectNode r, Parent parent, RecordBuffer b) {
        TkEntityType t = TkEntityType.of(type).orElseThrow(() -> new IllegalArgumentException("No mapping for entity type " + type));
        Node s = iris.of(type, r);
        b.string(s, IDENTIFIER, Fields.text(r, TkEntityType.KEY_FIELD));
        b.typed(s, KG.bijgewerkt, Fields.text(r, "GewijzigdOp"), XSDDatatype.XSDdateTime);
        switch (t) {
            case DOCUMENT -> documents.document(s, r, b);
            case ZAAK -> cases.zaak(s, r, b);
            case KAMERSTUKDOSSIER -> cases.kamerstukdossier(s, r, b);
            case ACTIVITEIT -> cases.activiteit(s, r, b);
            case AGENDAPUNT -> cases.agendapunt(s, r, parent, b);
            case VERGADERING -> cases.vergadering(s, r, b);
            case BESLUIT -> decisions.besluit(s, r, parent, b);
            case STEMMING -> decisions.stemming(s, r, parent, b);
            case PERSOON -> people.persoon(s, r, b);
            case FRACTIE -> people.fractie(s, r, b);
            case FRACTIE_ZETEL -> people.fractieZetel(s, r, parent, b);
            case FRACTIE_ZETEL_PERSOON -> people.zetellidmaatschap(s, r, parent, b);
            case COMMISSIE -> people.commissie(s, r, b);
            case ZAAK_ACTOR -> people.actor(s, r, parent, TkEntityType.ZAAK.apiName(), b);
            case DOCUMENT_ACTOR -> people.actor(s, r, parent, TkEntityType.DOCUMENT.apiName(), b);
        }
        return s;
    }
}
