package nl.kamergraaf.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the Kamergraaf ontology as constants, so that no IRI string of the vocabulary is typed twice.
 * {@code KamergraafOntologyTest} checks every constant here against the Turtle in {@link Ontology#RESOURCE}, and every
 * term of the Turtle against these constants, so the two cannot drift apart.
 */
public final class KG {
    public static final String NS = "https://w3id.org/kamergraaf/def#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/kamergraaf/def";
    public static final String PREFIX = "kg";
    /** Concept schemes of the enumerations (document soort, zaak soort, ...) live under this path, one per scheme. */
    public static final String SCHEME_BASE = "https://w3id.org/kamergraaf/def/";

    // Classes
    public static final Node Document = term("Document");
    public static final Node Brief = term("Brief");
    public static final Node Kamerstuk = term("Kamerstuk");
    public static final Node Motie = term("Motie");
    public static final Node Kamerstukdossier = term("Kamerstukdossier");
    public static final Node Zaak = term("Zaak");
    public static final Node Verwijzing = term("Verwijzing");
    public static final Node Persoon = term("Persoon");
    public static final Node Post = term("Post");
    public static final Node Organisatie = term("Organisatie");
    public static final Node Ministerie = term("Ministerie");
    public static final Node EuWetgeving = term("EuWetgeving");
    public static final Node Rapport = term("Rapport");
    public static final Node Initiatief = term("Initiatief");
    public static final Node Bronrecord = term("Bronrecord");
    public static final Node OnbekendeWaarde = term("OnbekendeWaarde");

    // Properties
    public static final Node documentnummer = term("documentnummer");
    public static final Node titel = term("titel");
    public static final Node onderwerp = term("onderwerp");
    public static final Node datum = term("datum");
    public static final Node bijgewerkt = term("bijgewerkt");
    public static final Node buitenSchema = term("buitenSchema");
    public static final Node versienummer = term("versienummer");
    public static final Node documentsoort = term("documentsoort");
    public static final Node kamerstuk = term("kamerstuk");
    public static final Node kamerstuknummer = term("kamerstuknummer");
    public static final Node volgnummer = term("volgnummer");
    public static final Node dossier = term("dossier");
    public static final Node dossiernummer = term("dossiernummer");
    public static final Node zaak = term("zaak");
    public static final Node zaaknummer = term("zaaknummer");
    public static final Node geadresseerde = term("geadresseerde");
    public static final Node plaatsVanOndertekening = term("plaatsVanOndertekening");
    public static final Node ondertekenaar = term("ondertekenaar");
    public static final Node ondertekendAls = term("ondertekendAls");
    public static final Node indiener = term("indiener");
    public static final Node voetnoot = term("voetnoot");
    public static final Node tekst = term("tekst");
    public static final Node citeert = term("citeert");
    public static final Node noemt = term("noemt");
    public static final Node bron = term("bron");
    public static final Node doel = term("doel");
    public static final Node gevondenIn = term("gevondenIn");
    public static final Node verwijzingstekst = term("verwijzingstekst");
    public static final Node herkendDoor = term("herkendDoor");
    public static final Node naam = term("naam");
    public static final Node achternaam = term("achternaam");
    public static final Node initialen = term("initialen");
    public static final Node bekleedDoor = term("bekleedDoor");
    public static final Node functieIn = term("functieIn");
    public static final Node alias = term("alias");
    public static final Node celexNummer = term("celexNummer");
    public static final Node functieOmschrijving = term("functieOmschrijving");
    public static final Node werkzaamBij = term("werkzaamBij");

    // --- parlement.ttl: OData / SyncFeed entities -----------------------------------------------------------------

    public static final Node Activiteit = term("Activiteit");
    public static final Node Agendapunt = term("Agendapunt");
    public static final Node Vergadering = term("Vergadering");
    public static final Node Besluit = term("Besluit");
    public static final Node Stemming = term("Stemming");
    public static final Node Stemmingsuitslag = term("Stemmingsuitslag");
    public static final Node Stemmentelling = term("Stemmentelling");
    public static final Node Fractie = term("Fractie");
    public static final Node Fractiezetel = term("Fractiezetel");
    public static final Node Zetellidmaatschap = term("Zetellidmaatschap");
    public static final Node Commissie = term("Commissie");
    public static final Node Actorrol = term("Actorrol");
    public static final Node VerwijderdRecord = term("VerwijderdRecord");

    public static final Node nummer = term("nummer");
    public static final Node soort = term("soort");
    public static final Node stemmingssoort = term("stemmingssoort");
    public static final Node status = term("status");
    public static final Node kabinetsappreciatie = term("kabinetsappreciatie");
    public static final Node afgedaan = term("afgedaan");
    public static final Node vergissing = term("vergissing");
    public static final Node fractiegrootte = term("fractiegrootte");
    public static final Node fractie = term("fractie");
    public static final Node fractienaam = term("fractienaam");
    public static final Node besluit = term("besluit");
    public static final Node agendapunt = term("agendapunt");
    public static final Node activiteit = term("activiteit");
    public static final Node voortouwcommissie = term("voortouwcommissie");
    public static final Node actorrol = term("actorrol");
    public static final Node actor = term("actor");
    public static final Node relatie = term("relatie");
    public static final Node medeindiener = term("medeindiener");
    public static final Node zetel = term("zetel");
    public static final Node afkorting = term("afkorting");
    public static final Node vergaderjaar = term("vergaderjaar");

    // --- end parlement.ttl ---

    // --- documenten.ttl: versions, publications, bodies ------------------------------------------------------------
    public static final Node Bestand = term("Bestand");
    public static final Node Publicatie = term("Publicatie");
    public static final Node Documentbestand = term("Documentbestand");
    public static final Node belichaamdIn = term("belichaamdIn");
    public static final Node tekstbron = term("tekstbron");
    public static final Node bestandsformaat = term("bestandsformaat");
    public static final Node mediatype = term("mediatype");
    public static final Node publicatiekenmerk = term("publicatiekenmerk");
    public static final Node publicatiedatum = term("publicatiedatum");
    public static final Node naamOndertekenaar = term("naamOndertekenaar");

    // --- end documenten.ttl ---

    // --- organen.ttl: commissies, toezeggingen, verslagen, posts over time ----------------------------------------
    // Classes
    public static final Node Commissiezetel = term("Commissiezetel");
    public static final Node Lidmaatschap = term("Lidmaatschap");
    public static final Node Commissielidmaatschap = term("Commissielidmaatschap");
    public static final Node PlaatsvervangendCommissielidmaatschap = term("PlaatsvervangendCommissielidmaatschap");
    public static final Node Zetelvacature = term("Zetelvacature");
    public static final Node Ambtsperiode = term("Ambtsperiode");
    public static final Node Bewindspersoonsfunctie = term("Bewindspersoonsfunctie");
    public static final Node Toezegging = term("Toezegging");
    public static final Node Verslag = term("Verslag");
    public static final Node Zaal = term("Zaal");
    // Properties
    public static final Node commissienummer = term("commissienummer");
    public static final Node actiefVanaf = term("actiefVanaf");
    public static final Node actiefTot = term("actiefTot");
    public static final Node volgorde = term("volgorde");
    public static final Node lid = term("lid");
    public static final Node lidVan = term("lidVan");
    public static final Node inFunctie = term("inFunctie");
    public static final Node functienaam = term("functienaam");
    public static final Node van = term("van");
    public static final Node totEnMet = term("totEnMet");
    public static final Node periode = term("periode");
    public static final Node toezeggingnummer = term("toezeggingnummer");
    public static final Node toegezegdDoor = term("toegezegdDoor");
    public static final Node toegezegdAan = term("toegezegdAan");
    public static final Node verantwoordelijkMinisterie = term("verantwoordelijkMinisterie");
    public static final Node gedaanTijdens = term("gedaanTijdens");
    public static final Node datumNakoming = term("datumNakoming");
    public static final Node isWijzigingVan = term("isWijzigingVan");
    public static final Node isHerhalingVan = term("isHerhalingVan");
    public static final Node isAanvullingOp = term("isAanvullingOp");
    public static final Node verslagVan = term("verslagVan");
    public static final Node zaal = term("zaal");

    // --- end organen.ttl ---

    // --- tekst.ttl: text analysis --------------------------------------------------------------------------------
    public static final Node Handelingen = term("Handelingen");
    public static final Node Verdrag = term("Verdrag");

    // --- end tekst.ttl ---

    private KG() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
