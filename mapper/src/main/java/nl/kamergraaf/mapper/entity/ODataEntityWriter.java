package nl.kamergraaf.mapper.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.directory.FractieDirectory;
import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * Writes what one live OData record says about its entity, per entity type, in the terms of the ontology (see
 * docs/mapping.md). Links that a record states by foreign key ({@code Besluit_Id}) are written here; links that a
 * nested {@code $expand} states are written by {@link NavigationLinks}.
 */
final class ODataEntityWriter {
    private static final String NL = "nl";
    private static final String EN = "en";
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node SEE_ALSO = RDFS.seeAlso.asNode();
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node DESCRIPTION = DCTerms.description.asNode();

    private final ODataIris iris;
    private final EntityWriter entities;
    private final EnumerationConcepts concepts;
    private final FractieDirectory fracties;
    private final Predicate<String> rollCallBesluit;

    ODataEntityWriter(ODataIris iris, EntityWriter entities, EnumerationConcepts concepts, FractieDirectory fracties,
            Predicate<String> rollCallBesluit) {
        this.iris = iris;
        this.entities = entities;
        this.concepts = concepts;
        this.fracties = fracties;
        this.rollCallBesluit = rollCallBesluit;
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
        Node s = iris.of(type, r);
        b.string(s, IDENTIFIER, Fields.text(r, "Id"));
        b.typed(s, KG.bijgewerkt, Fields.text(r, "GewijzigdOp"), XSDDatatype.XSDdateTime);
        switch (type) {
            case "Persoon" -> persoon(s, r, b);
            case "Fractie" -> fractie(s, r, b);
            case "FractieZetel" -> fractieZetel(s, r, parent, b);
            case "FractieZetelPersoon" -> zetellidmaatschap(s, r, parent, b);
            case "Commissie" -> commissie(s, r, b);
            case "Activiteit" -> activiteit(s, r, b);
            case "Agendapunt" -> agendapunt(s, r, parent, b);
            case "Vergadering" -> vergadering(s, r, b);
            case "Besluit" -> besluit(s, r, parent, b);
            case "Stemming" -> stemming(s, r, parent, b);
            case "Zaak" -> zaak(s, r, b);
            case "ZaakActor" -> actor(s, r, parent, "Zaak", b);
            case "DocumentActor" -> actor(s, r, parent, "Document", b);
            case "Document" -> document(s, r, b);
            case "Kamerstukdossier" -> kamerstukdossier(s, r, b);
            default -> throw new IllegalArgumentException("No mapping for entity type " + type);
        }
        return s;
    }

    private void kamerstukdossier(Node s, JsonNode r, RecordBuffer b) {
        var id = Fields.dossierId(r);
        String titel = Fields.text(r, "Titel");
        if (id.isPresent()) entities.dossier(id.get(), titel, b);
        b.type(s, KG.Kamerstukdossier);
        if (titel == null) b.literal(s, LABEL, "Kamerstukdossier " + id.orElse(Fields.text(r, "Id")), NL);
    }

    private void persoon(Node s, JsonNode r, RecordBuffer b) {
        String achternaam = Fields.text(r, "Achternaam");
        if (achternaam != null) {
            entities.person(new PersonDirectory.Person(Fields.text(r, "Id"), Fields.text(r, "Initialen"),
                    Fields.text(r, "Tussenvoegsel"), achternaam, Fields.text(r, "Roepnaam")), b);
        } else {
            b.type(s, KG.Persoon);
            b.literal(s, LABEL, "Persoon " + Fields.text(r, "Id"), NL);
        }
        b.string(s, KG.nummer, Fields.text(r, "Nummer"));
        b.typed(s, Schema.BIRTH_DATE, Fields.text(r, "Geboortedatum"), XSDDatatype.XSDdate);
        b.literal(s, KG.functieOmschrijving, Fields.text(r, "Functie"), NL);
    }

    private void fractie(Node s, JsonNode r, RecordBuffer b) {
        b.type(s, KG.Fractie);
        String naam = Fields.text(r, "NaamNL");
        String afkorting = Fields.text(r, "Afkorting");
        b.literal(s, LABEL, naam != null ? naam : afkorting != null ? afkorting : "Fractie " + Fields.text(r, "Id"), NL);
        b.literal(s, LABEL, Fields.text(r, "NaamEN"), EN);
        b.string(s, KG.naam, naam);
        b.string(s, KG.afkorting, afkorting);
        b.string(s, KG.nummer, Fields.text(r, "Nummer"));
        b.typed(s, Schema.START_DATE, Fields.text(r, "DatumActief"), XSDDatatype.XSDdateTime);
        b.typed(s, Schema.END_DATE, Fields.text(r, "DatumInactief"), XSDDatatype.XSDdateTime);
    }

    private void fractieZetel(Node s, JsonNode r, Parent parent, RecordBuffer b) {
        b.type(s, KG.Fractiezetel);
        b.literal(s, LABEL, "Fractiezetel " + Fields.text(r, "Id"), NL);
        String fractie = parent.idOf(r, "Fractie_Id", "Fractie");
        if (fractie != null) b.add(s, Org.POST_IN, iris.ref("Fractie", fractie));
    }

    private void zetellidmaatschap(Node s, JsonNode r, Parent parent, RecordBuffer b) {
        String id = Fields.text(r, "Id");
        String functie = Fields.text(r, "Functie");
        b.type(s, KG.Zetellidmaatschap);
        b.literal(s, LABEL, (functie != null ? functie : "Lid") + " op een fractiezetel, vanaf " + or(Fields.datePart(Fields.text(r, "Van")), "onbekend"), NL);
        String persoon = parent.idOf(r, "Persoon_Id", "Persoon");
        if (persoon != null) b.add(s, Org.MEMBER, iris.ref("Persoon", persoon));
        String zetel = parent.idOf(r, "FractieZetel_Id", "FractieZetel");
        if (zetel != null) b.add(s, KG.zetel, iris.ref("FractieZetel", zetel));
        if (functie != null) b.add(s, Org.ROLE, concept("zetelfunctie", functie, b));
        String van = Fields.text(r, "Van");
        String tot = Fields.text(r, "TotEnMet");
        if (van != null || tot != null) {
            Node periode = iris.uris().periode("zetellidmaatschap", id);
            b.add(s, Org.MEMBER_DURING, periode);
            b.type(periode, Org.TIME_PROPER_INTERVAL);
            b.literal(periode, LABEL, "Periode " + or(Fields.datePart(van), "?") + " tot en met " + or(Fields.datePart(tot), "heden"), NL);
            b.typed(periode, Schema.START_DATE, van, XSDDatatype.XSDdateTime);
            b.typed(periode, Schema.END_DATE, tot, XSDDatatype.XSDdateTime);
        }
    }

    private void commissie(Node s, JsonNode r, RecordBuffer b) {
        b.type(s, KG.Commissie);
        String naam = Fields.text(r, "NaamNL");
        b.literal(s, LABEL, naam != null ? naam : "Commissie " + Fields.text(r, "Id"), NL);
        b.literal(s, LABEL, Fields.text(r, "NaamEN"), EN);
        b.string(s, KG.naam, naam);
        b.string(s, KG.afkorting, Fields.text(r, "Afkorting"));
        b.string(s, KG.nummer, Fields.text(r, "Nummer"));
    }

    private void activiteit(Node s, JsonNode r, RecordBuffer b) {
        b.type(s, KG.Activiteit);
        String nummer = Fields.text(r, "Nummer");
        String onderwerp = Fields.text(r, "Onderwerp");
        b.literal(s, LABEL, onderwerp != null ? onderwerp : "Activiteit " + or(nummer, Fields.text(r, "Id")), NL);
        b.string(s, KG.nummer, nummer);
        b.literal(s, KG.onderwerp, onderwerp, NL);
        concept(s, KG.soort, "activiteitsoort", Fields.text(r, "Soort"), b);
        concept(s, KG.status, "activiteitstatus", Fields.text(r, "Status"), b);
        String start = Fields.text(r, "Aanvangstijd");
        b.typed(s, Schema.START_DATE, start != null ? start : Fields.text(r, "Datum"), XSDDatatype.XSDdateTime);
        b.typed(s, Schema.END_DATE, Fields.text(r, "Eindtijd"), XSDDatatype.XSDdateTime);
        b.string(s, Schema.LOCATION, Fields.text(r, "Locatie"));
        b.string(s, KG.vergaderjaar, Fields.text(r, "Vergaderjaar"));
        String commissie = Fields.text(r, "Voortouwcommissie_Id");
        if (commissie != null) {
            Node c = iris.ref("Commissie", commissie);
            b.add(s, KG.voortouwcommissie, c);
            // Described here only with its name (Voortouwnaam is nullable): a kg:Commissie has a label (the shapes).
            String naam = Fields.text(r, "Voortouwnaam");
            if (naam != null) {
                b.type(c, KG.Commissie);
                b.literal(c, LABEL, naam, NL);
            }
        }
    }

    private void agendapunt(Node s, JsonNode r, Parent parent, RecordBuffer b) {
        b.type(s, KG.Agendapunt);
        String nummer = Fields.text(r, "Nummer");
        String onderwerp = Fields.text(r, "Onderwerp");
        b.literal(s, LABEL, onderwerp != null ? onderwerp : "Agendapunt " + or(nummer, Fields.text(r, "Id")), NL);
        b.string(s, KG.nummer, nummer);
        b.literal(s, KG.onderwerp, onderwerp, NL);
        concept(s, KG.status, "agendapuntstatus", Fields.text(r, "Status"), b);
        b.typed(s, Schema.START_DATE, Fields.text(r, "Aanvangstijd"), XSDDatatype.XSDdateTime);
        b.typed(s, Schema.END_DATE, Fields.text(r, "Eindtijd"), XSDDatatype.XSDdateTime);
        String activiteit = parent.idOf(r, "Activiteit_Id", "Activiteit");
        if (activiteit != null) b.add(s, KG.activiteit, iris.ref("Activiteit", activiteit));
    }

    private void vergadering(Node s, JsonNode r, RecordBuffer b) {
        b.type(s, KG.Vergadering);
        String titel = Fields.text(r, "Titel");
        b.literal(s, LABEL, titel != null ? titel : "Vergadering " + Fields.text(r, "Id"), NL);
        b.literal(s, KG.titel, titel, NL);
        concept(s, KG.soort, "vergaderingsoort", Fields.text(r, "Soort"), b);
        b.string(s, KG.nummer, Fields.text(r, "VergaderingNummer"));
        b.typed(s, Schema.START_DATE, Fields.text(r, "Aanvangstijd"), XSDDatatype.XSDdateTime);
        b.typed(s, Schema.END_DATE, Fields.text(r, "Sluiting"), XSDDatatype.XSDdateTime);
        b.string(s, Schema.LOCATION, Fields.text(r, "Zaal"));
        b.string(s, KG.vergaderjaar, Fields.text(r, "Vergaderjaar"));
    }

    private void besluit(Node s, JsonNode r, Parent parent, RecordBuffer b) {
        String id = Fields.text(r, "Id");
        String soort = Fields.text(r, "BesluitSoort");
        String tekst = Fields.text(r, "BesluitTekst");
        b.type(s, KG.Besluit);
        b.literal(s, LABEL, soort != null ? soort + (tekst != null ? ": " + tekst : "") : tekst != null ? tekst : "Besluit " + id, NL);
        b.literal(s, DESCRIPTION, tekst, NL);
        concept(s, KG.soort, "besluitsoort", soort, b);
        concept(s, KG.stemmingssoort, "stemmingssoort", Fields.text(r, "StemmingsSoort"), b);
        concept(s, KG.status, "besluitstatus", Fields.text(r, "Status"), b);
        b.literal(s, RDFS.comment.asNode(), Fields.text(r, "Opmerking"), NL);
        String agendapunt = parent.idOf(r, "Agendapunt_Id", "Agendapunt");
        if (agendapunt != null) b.add(s, KG.agendapunt, iris.ref("Agendapunt", agendapunt));
        // "Stemmen - aangenomen": the outcome of the vote event on this besluit; its counts come from the Stemmingen.
        if (VoteOutcome.isVote(soort)) {
            Node uitslag = iris.stemmingsuitslag(id);
            b.type(uitslag, KG.Stemmingsuitslag);
            b.literal(uitslag, LABEL, VoteEventWriter.label(id), NL);
            b.add(uitslag, KG.besluit, s);
            VoteOutcome.of(soort, tekst)
                    .filter(o -> o.fromSoort() || concepts.lists("stemmingsuitslag", o.value()))
                    .ifPresent(o -> b.add(uitslag, Popolo.RESULT, concepts.concept("stemmingsuitslag", o.value(), b)));
        }
    }

    private void stemming(Node s, JsonNode r, Parent parent, RecordBuffer b) {
        String keuze = Fields.text(r, "Soort");
        String actor = Fields.text(r, "ActorNaam");
        b.type(s, KG.Stemming);
        b.literal(s, LABEL, or(actor, "Stem") + ": " + or(keuze, "onbekend"), NL);
        if (keuze != null) b.add(s, Popolo.OPTION, concepts.concept("stemkeuze", keuze, b));
        String besluit = parent.idOf(r, "Besluit_Id", "Besluit");
        boolean rollCall = "Besluit".equals(parent.type()) && besluit != null && besluit.equals(parent.id())
                ? parent.rollCall() : besluit != null && rollCallBesluit.test(besluit.toLowerCase(Locale.ROOT));
        boolean byMember = VoteWeight.byMember(r, rollCall);
        Integer weight = VoteWeight.of(r, rollCall);
        if (weight != null) b.typed(s, Popolo.WEIGHT, weight.toString(), XSDDatatype.XSDinteger);
        if (byMember) b.typed(s, KG.fractiegrootte, Fields.text(r, "FractieGrootte"), XSDDatatype.XSDinteger);
        JsonNode vergissing = r.get("Vergissing");
        if (vergissing != null && vergissing.isBoolean()) b.typed(s, KG.vergissing, vergissing.asText(), XSDDatatype.XSDboolean);
        if (besluit != null) {
            b.add(s, KG.besluit, iris.ref("Besluit", besluit));
            b.add(s, Popolo.VOTE_EVENT, iris.stemmingsuitslag(besluit));
        }
        String persoon = parent.idOf(r, "Persoon_Id", "Persoon");
        if (persoon != null) b.add(s, Popolo.PERSON, iris.ref("Persoon", persoon));
        // The fractie the vote was cast by, or for (a member's vote): by key, else by name and date. An expanded
        // Fractie is linked by the expansion and labelled by its own record.
        if (!r.path("Fractie").isObject()) fractieOf(s, r, Popolo.ORGANIZATION, b);
    }

    /**
     * Links the fractie a record names, by {@code Fractie_Id} or, without the key, by its name ({@code ActorFractie})
     * at the record's date. A fractie whose own record is not in the run is labelled with the one name the run
     * chose for it; a name that no known fractie fits is kept as {@code kg:fractienaam}.
     */
    private void fractieOf(Node s, JsonNode r, Node property, RecordBuffer b) {
        String naam = Fields.text(r, "ActorFractie");
        String id = Fields.text(r, "Fractie_Id");
        if (id == null) id = fracties.resolve(naam, dateOf(r)).orElse(null);
        if (id == null) {
            b.string(s, KG.fractienaam, naam);
            return;
        }
        Node f = iris.ref("Fractie", id);
        b.add(s, property, f);
        if (!fracties.hasRecord(id)) {
            // Described here only with its name: a kg:Fractie without a label would break the shape of every fractie.
            Optional<String> label = fracties.nameOf(id).or(() -> Optional.ofNullable(naam));
            if (label.isPresent()) {
                b.type(f, KG.Fractie);
                b.literal(f, LABEL, label.get(), NL);
            }
        }
    }

    /** The date a record speaks of, for names that change over time: its GewijzigdOp. */
    static LocalDate dateOf(JsonNode r) {
        return dateOf(r, "GewijzigdOp");
    }

    /** The date part of a date-time field, or null. */
    static LocalDate dateOf(JsonNode r, String field) {
        String day = Fields.datePart(Fields.text(r, field));
        if (day == null) return null;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void zaak(Node s, JsonNode r, RecordBuffer b) {
        String nummer = Fields.text(r, "Nummer");
        String onderwerp = Fields.text(r, "Onderwerp");
        String titel = Fields.text(r, "Titel");
        b.type(s, KG.Zaak);
        b.string(s, KG.zaaknummer, nummer);
        b.literal(s, LABEL, onderwerp != null ? onderwerp : titel != null ? titel : "Zaak " + or(nummer, Fields.text(r, "Id")), NL);
        b.literal(s, KG.titel, titel, NL);
        b.literal(s, KG.onderwerp, onderwerp, NL);
        concept(s, KG.soort, "zaaksoort", Fields.text(r, "Soort"), b);
        concept(s, KG.status, "zaakstatus", Fields.text(r, "Status"), b);
        concept(s, KG.kabinetsappreciatie, "kabinetsappreciatie", Fields.text(r, "Kabinetsappreciatie"), b);
        JsonNode afgedaan = r.get("Afgedaan");
        if (afgedaan != null && afgedaan.isBoolean()) b.typed(s, KG.afgedaan, afgedaan.asText(), XSDDatatype.XSDboolean);
        b.string(s, KG.vergaderjaar, Fields.text(r, "Vergaderjaar"));
        b.typed(s, Schema.START_DATE, Fields.text(r, "GestartOp"), XSDDatatype.XSDdateTime);
        if (nummer != null && nummer.matches("\\d{4}Z\\d{5}")) b.add(s, SEE_ALSO, UriMinter.tweedeKamerZaakPage(nummer));
    }

    private void actor(Node s, JsonNode r, Parent parent, String ofType, RecordBuffer b) {
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
            if (!r.path("Fractie").isObject()) fractieOf(s, r, KG.fractie, b);
        } else if (fractie != null) {
            Node f = iris.ref("Fractie", fractie);
            b.add(s, KG.actor, f);
            if (!fracties.hasRecord(fractie)) fracties.nameOf(fractie).ifPresent(fractieNaam -> {
                b.type(f, KG.Fractie);
                b.literal(f, LABEL, fractieNaam, NL);
            });
        } else if (commissie != null) {
            b.add(s, KG.actor, iris.ref("Commissie", commissie));
        } else {
            fractieOf(s, r, KG.fractie, b);
        }
    }

    private void document(Node s, JsonNode r, RecordBuffer b) {
        String nummer = Fields.text(r, "DocumentNummer");
        String soort = Fields.text(r, "Soort");
        String onderwerp = Fields.text(r, "Onderwerp");
        String titel = Fields.text(r, "Titel");
        b.type(s, KG.Document);
        b.string(s, KG.documentnummer, nummer);
        b.literal(s, LABEL, onderwerp != null ? onderwerp : titel != null ? titel : "Document " + or(nummer, Fields.text(r, "Id")), NL);
        b.literal(s, KG.titel, titel, NL);
        b.literal(s, KG.onderwerp, onderwerp, NL);
        b.typed(s, KG.datum, Fields.datePart(Fields.text(r, "Datum")), XSDDatatype.XSDdate);
        b.string(s, KG.vergaderjaar, Fields.text(r, "Vergaderjaar"));
        if (soort != null) b.add(s, KG.documentsoort, concept("documentsoort", soort, b));
        if (nummer != null && nummer.matches("\\d{4}D\\d{5}")) b.add(s, SEE_ALSO, UriMinter.tweedeKamerDocumentPage(nummer));
        JsonNode versie = r.path("HuidigeDocumentVersie");
        if (versie.isObject()) b.typed(s, KG.versienummer, Fields.text(versie, "Versienummer"), XSDDatatype.XSDinteger);
        Fields.KamerstukId kst = kamerstukId(r);
        if (kst != null) {
            Node ks = entities.kamerstuk(kst.dossierId(), kst.volgnummer(), b);
            b.add(s, KG.kamerstuk, ks);
            b.string(ks, IDENTIFIER, "kst-" + kst.id());
            if (soort != null && soort.startsWith("Motie")) b.type(ks, KG.Motie);
        }
    }

    /**
     * The kamerstuk a document is: from its kst- identifier (current version's ExterneIdentifier or a publication's
     * Identifier), else from an expanded Kamerstukdossier (Nummer + Toevoeging) and the document's Volgnummer.
     */
    private static Fields.KamerstukId kamerstukId(JsonNode r) {
        JsonNode versie = r.path("HuidigeDocumentVersie");
        var kst = Fields.kst(Fields.text(versie, "ExterneIdentifier"));
        if (kst.isPresent()) return kst.get();
        for (JsonNode pub : versie.path("DocumentPublicatie")) {
            kst = Fields.kst(Fields.text(pub, "Identifier"));
            if (kst.isPresent()) return kst.get();
        }
        String volgnummer = Fields.text(r, "Volgnummer");
        for (JsonNode dossier : r.path("Kamerstukdossier")) {
            var id = Fields.dossierId(dossier);
            if (id.isPresent() && volgnummer != null && volgnummer.matches("\\d+")) {
                return new Fields.KamerstukId(id.get(), Integer.parseInt(volgnummer));
            }
        }
        return null;
    }

    private void concept(Node s, Node p, String scheme, String label, RecordBuffer b) {
        if (label != null) b.add(s, p, concepts.concept(scheme, label, b));
    }

    private Node concept(String scheme, String label, RecordBuffer b) {
        return concepts.concept(scheme, label, b);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** Standard terms used as they are. */
    static final class Popolo {
        static final String NS = "http://www.w3.org/ns/opengov#";
        static final Node OPTION = NodeFactory.createURI(NS + "option");
        static final Node WEIGHT = NodeFactory.createURI(NS + "weight");
        static final Node VOTE_EVENT = NodeFactory.createURI(NS + "voteEvent");
        static final Node PERSON = NodeFactory.createURI(NS + "person");
        static final Node ORGANIZATION = NodeFactory.createURI(NS + "organization");
        static final Node RESULT = NodeFactory.createURI(NS + "result");
        static final Node COUNT = NodeFactory.createURI(NS + "count");
        static final Node VALUE = NodeFactory.createURI(NS + "value");
    }

    static final class Org {
        static final String NS = "http://www.w3.org/ns/org#";
        static final Node MEMBER = NodeFactory.createURI(NS + "member");
        static final Node ROLE = NodeFactory.createURI(NS + "role");
        static final Node MEMBER_DURING = NodeFactory.createURI(NS + "memberDuring");
        static final Node POST_IN = NodeFactory.createURI(NS + "postIn");
        static final Node TIME_PROPER_INTERVAL = NodeFactory.createURI("http://www.w3.org/2006/time#ProperInterval");
    }

    static final class Schema {
        static final String NS = "https://schema.org/";
        static final Node START_DATE = NodeFactory.createURI(NS + "startDate");
        static final Node END_DATE = NodeFactory.createURI(NS + "endDate");
        static final Node LOCATION = NodeFactory.createURI(NS + "location");
        static final Node BIRTH_DATE = NodeFactory.createURI(NS + "birthDate");
    }
}
