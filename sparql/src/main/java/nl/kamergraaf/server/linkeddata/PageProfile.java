package nl.kamergraaf.server.linkeddata;

import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.SuperTerms;

/**
 * What the HTML page of one kind of thing leads with: its template (templates/{name}.mustache) and the properties it
 * shows first, in reading order (what it is, when, where it belongs, who, what it refers to, long text last). The
 * thing's other kg: properties follow in label order; the standard-vocabulary statements the mapper adds beside
 * them are folded away ({@link FactSections}). A thing of several kinds gets the first profile that fits, so the
 * more specific kinds come first.
 */
enum PageProfile {
    BESLUIT("besluit", List.of(KG.Besluit),
            List.of(KG.soort, KG.status, KG.stemmingssoort, KG.zaak, KG.agendapunt, KG.bijgewerkt)),
    STEMMING("description", List.of(KG.Stemming),
            List.of(KG.besluit, KG.fractie, opengov("organization"), opengov("person"), opengov("option"),
                    opengov("weight"), KG.fractiegrootte, KG.vergissing, opengov("voteEvent"), KG.bijgewerkt)),
    VERWIJZING("description", List.of(KG.Verwijzing),
            List.of(KG.bron, KG.doel, KG.verwijzingstekst, KG.gevondenIn, KG.herkendDoor)),
    ZAAK("description", List.of(KG.Zaak),
            List.of(KG.zaaknummer, KG.titel, KG.onderwerp, KG.soort, KG.status, KG.vergaderjaar, KG.afgedaan,
                    KG.kabinetsappreciatie, KG.indiener, KG.actorrol, KG.bijgewerkt)),
    DOSSIER("description", List.of(KG.Kamerstukdossier),
            List.of(KG.dossiernummer, KG.titel)),
    PERSOON("description", List.of(KG.Persoon),
            List.of(KG.naam, KG.initialen, KG.achternaam, KG.functieOmschrijving, KG.werkzaamBij, KG.nummer, KG.bijgewerkt)),
    FRACTIE("description", List.of(KG.Fractie),
            List.of(KG.naam, KG.afkorting, KG.nummer, KG.bijgewerkt)),
    /** Texts that cite or are cited: documents, kamerstukken (not kg:Document sub-classes), reports, acts, treaties. */
    DOCUMENT("document", List.of(KG.Document, KG.Kamerstuk, KG.Rapport, KG.Verslag, KG.Handelingen, KG.EuWetgeving, KG.Verdrag),
            List.of(KG.titel, KG.onderwerp, KG.documentnummer, KG.documentsoort, KG.soort, KG.datum, KG.publicatiedatum,
                    KG.versienummer, KG.dossier, KG.kamerstuk, KG.kamerstuknummer, KG.volgnummer, KG.zaak,
                    KG.ondertekenaar, KG.ondertekendAls, KG.naamOndertekenaar, KG.indiener, KG.medeindiener,
                    KG.geadresseerde, KG.plaatsVanOndertekening, KG.citeert, KG.noemt, KG.voetnoot, KG.belichaamdIn,
                    KG.tekstbron, KG.publicatiekenmerk, KG.bijgewerkt, KG.tekst)),
    /** Anything else: its kg: properties in label order. */
    GENERIC("description", List.of(), List.of());

    /** Shown on every page after the profile's own properties: the original page at the source. */
    static final List<Node> COMMON = List.of(RDFS.seeAlso.asNode());

    private static final SuperTerms SUPER_TERMS = SuperTerms.ofOntology();

    private final String template;
    private final List<Node> classes;
    private final List<Node> properties;

    PageProfile(String template, List<Node> classes, List<Node> properties) {
        this.template = template;
        this.classes = classes;
        this.properties = properties;
    }

    String template() {
        return template;
    }

    /** The properties the page leads with, in order: the profile's own, then the common ones. */
    List<Node> leading() {
        return java.util.stream.Stream.concat(properties.stream(), COMMON.stream()).toList();
    }

    /** The profile of a thing of these classes: the first whose class is one of them or a super-class of one. */
    static PageProfile of(Collection<Node> types) {
        for (PageProfile p : values()) {
            for (Node type : types) {
                if (p.classes.contains(type)) return p;
                if (SUPER_TERMS.superClassesOf(type).stream().anyMatch(p.classes::contains)) return p;
            }
        }
        return GENERIC;
    }

    private static Node opengov(String local) {
        return NodeFactory.createURI("http://www.w3.org/ns/opengov#" + local);
    }
}
