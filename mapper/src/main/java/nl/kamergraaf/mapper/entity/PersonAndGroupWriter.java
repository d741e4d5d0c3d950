package nl.kamergraaf.mapper.entity;

import static nl.kamergraaf.mapper.record.TkEntityType.COMMISSIE;
import static nl.kamergraaf.mapper.record.TkEntityType.FRACTIE;
import static nl.kamergraaf.mapper.record.TkEntityType.FRACTIE_ZETEL;
import static nl.kamergraaf.mapper.record.TkEntityType.FRACTIE_ZETEL_PERSOON;
import static nl.kamergraaf.mapper.record.TkEntityType.PERSOON;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SchemaDO;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.entity.StandardTerms.Time;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * Persons and the groups they act in: fracties, their seats and who held them (with the function, a post), commissies,
 * and the roles actors (persons, fracties, commissies) play in zaken and documents.
 */
final class PersonAndGroupWriter extends DomainWriter {
    private final FractieLinks fracties;

    PersonAndGroupWriter(ODataIris iris, EnumerationConcepts concepts, EntityWriter entities, FractieLinks fracties) {
        super(iris, concepts, entities);
        this.fracties = fracties;
    }

    void persoon(Node s, JsonNode r, RecordBuffer b) {
        String achternaam = Fields.text(r, "Achternaam");
        if (achternaam != null) {
            entities.person(new PersonDirectory.Person(Fields.text(r, "Id"), Fields.text(r, "Initialen"),
                    Fields.text(r, "Tussenvoegsel"), achternaam, Fields.text(r, "Roepnaam")), b);
        } else {
            b.type(s, PERSOON.kgClass());
            label(s, b, "Persoon", Fields.text(r, "Id"));
        }
        b.string(s, KG.nummer, Fields.text(r, "Nummer"));
        b.typed(s, SchemaDO.birthDate.asNode(), Fields.text(r, "Geboortedatum"), XSDDatatype.XSDdate);
        b.literal(s, KG.functieOmschrijving, Fields.text(r, "Functie"), NL);
    }

    void fractie(Node s, JsonNode r, RecordBuffer b) {
        b.type(s, FRACTIE.kgClass());
        String naam = Fields.text(r, "NaamNL");
        String afkorting = Fields.text(r, "Afkorting");
        label(s, b, "Fractie", Fields.text(r, "Id"), naam, afkorting);
        b.literal(s, LABEL, Fields.text(r, "NaamEN"), EN);
        b.string(s, KG.naam, naam);
        b.string(s, KG.afkorting, afkorting);
        b.string(s, KG.nummer, Fields.text(r, "Nummer"));
        b.typed(s, SchemaDO.startDate.asNode(), Fields.text(r, "DatumActief"), XSDDatatype.XSDdateTime);
        b.typed(s, SchemaDO.endDate.asNode(), Fields.text(r, "DatumInactief"), XSDDatatype.XSDdateTime);
    }

    void fractieZetel(Node s, JsonNode r, ODataEntityWriter.Parent parent, RecordBuffer b) {
        b.type(s, FRACTIE_ZETEL.kgClass());
        label(s, b, "Fractiezetel", Fields.text(r, "Id"));
        String fractie = parent.idOf(r, "Fractie_Id", "Fractie");
        if (fractie != null) b.add(s, ORG.postIn.asNode(), iris.ref("Fractie", fractie));
    }

    void zetellidmaatschap(Node s, JsonNode r, ODataEntityWriter.Parent parent, RecordBuffer b) {
        String id = Fields.text(r, "Id");
        String functie = Fields.text(r, "Functie");
        b.type(s, FRACTIE_ZETEL_PERSOON.kgClass());
        b.literal(s, LABEL, (functie != null ? functie : "Lid") + " op een fractiezetel, vanaf " + or(Fields.datePart(Fields.text(r, "Van")), "onbekend"), NL);
        String persoon = parent.idOf(r, "Persoon_Id", "Persoon");
        if (persoon != null) b.add(s, ORG.member.asNode(), iris.ref("Persoon", persoon));
        String zetel = parent.idOf(r, "FractieZetel_Id", "FractieZetel");
        if (zetel != null) b.add(s, KG.zetel, iris.ref("FractieZetel", zetel));
        if (functie != null) b.add(s, ORG.role.asNode(), concept("zetelfunctie", functie, b));
        String van = Fields.text(r, "Van");
        String tot = Fields.text(r, "TotEnMet");
        if (van != null || tot != null) {
            Node periode = iris.uris().periode("zetellidmaatschap", id);
            b.add(s, ORG.memberDuring.asNode(), periode);
            b.type(periode, Time.PROPER_INTERVAL);
            b.literal(periode, LABEL, "Periode " + or(Fields.datePart(van), "?") + " tot en met " + or(Fields.datePart(tot), "heden"), NL);
            b.typed(periode, SchemaDO.startDate.asNode(), van, XSDDatatype.XSDdateTime);
            b.typed(periode, SchemaDO.endDate.asNode(), tot, XSDDatatype.XSDdateTime);
        }
    }

    void commissie(Node s, JsonNode r, RecordBuffer b) {
        b.type(s, COMMISSIE.kgClass());
        String naam = Fields.text(r, "NaamNL");
        label(s, b, "Commissie", Fields.text(r, "Id"), naam);
        b.literal(s, LABEL, Fields.text(r, "NaamEN"), EN);
        b.string(s, KG.naam, naam);
        b.string(s, KG.afkorting, Fields.text(r, "Afkorting"));
        b.string(s, KG.nummer, Fields.text(r, "Nummer"));
    }

    /** The role of an actor in a zaak or document ({@code ofType}): ZaakActor, DocumentActor. */
    void actor(Node s, JsonNode r, ODataEntityWriter.Parent parent, String ofType, RecordBuffer b) {
        String relatie = Fields.text(r, "Relatie");
        String naam = Fields.text(r, "ActorNaam");
        b.type(s, KG.Actorrol);
        b.literal(s, LABEL, or(relatie, "Actor") + ": " + or(naam, "onbekend"), NL);
        b.string(s, KG.naam, naam);
        if (relatie != null) b.add(s, KG.relatie, concept("actorrelatie", relatie, b));
        b.literal(s, KG.functieOmschrijving, Fields.text(r, "Functie"), NL);
        String of = parent.idOf(r, ofType + "_Id", ofType);
        Node subject = of == null ? null : iris.ref(ofType, of);
        if (subject != null) b.add(subject, KG.actorrol, s);
        String persoon = Fields.text(r, "Persoon_Id");
        String fractie = Fields.text(r, "Fractie_Id");
        String commissie = Fields.text(r, "Commissie_Id");
        // Linked to the person, fractie or commissie the record names by key. A fractie key without a person makes
        // the fractie the actor; otherwise ActorFractie is the fractie the actor acted for (kg:fractie), found by
        // key or, without one, by name and date; a name no fractie fits is kept as the name.
        if (persoon != null) {
            Node p = iris.ref("Persoon", persoon);
            b.add(s, KG.actor, p);
            if (subject != null && relatie != null) {
                switch (UriMinter.slug(relatie)) {
                    case "indiener", "eerste-indiener" -> b.add(subject, KG.indiener, p);
                    case "medeindiener", "mede-indiener" -> b.add(subject, KG.medeindiener, p);
                    case "ondertekenaar" -> { if (ofType.equals("Document")) b.add(subject, KG.ondertekenaar, p); }
                    default -> { }
                }
            }
            if (!r.path("Fractie").isObject()) fracties.fractieOf(s, r, KG.fractie, b);
        } else if (fractie != null) {
            Node f = iris.ref("Fractie", fractie);
            b.add(s, KG.actor, f);
            fracties.nameIfUnknown(fractie, f, b);
        } else if (commissie != null) {
            b.add(s, KG.actor, iris.ref("Commissie", commissie));
        } else {
            fracties.fractieOf(s, r, KG.fractie, b);
        }
    }
}
