package nl.kamergraaf.mapper.entity;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.vocab.KG;

/**
 * The link a nested {@code $expand} states between a parent record and a child record, as a triple in the parent's
 * expansion graph ({@code {record graph}/expansion}, unless the parent's record graph states it by foreign key
 * already): Stemming → Besluit is {@code stemming kg:besluit besluit}, Zaak → Document is
 * {@code document kg:zaak zaak}. A navigation without a specific property links with {@code dct:relation}.
 */
final class NavigationLinks {
    /** A property and whether it points from child to parent instead of from parent to child. */
    private record Link(Node property, boolean fromChild) {}

    private static final Map<String, Link> LINKS = Map.ofEntries(
            Map.entry("Stemming.Besluit", new Link(KG.besluit, false)),
            Map.entry("Stemming.Fractie", new Link(StandardTerms.Popolo.ORGANIZATION, false)),
            Map.entry("Stemming.Persoon", new Link(StandardTerms.Popolo.PERSON, false)),
            Map.entry("Besluit.Agendapunt", new Link(KG.agendapunt, false)),
            Map.entry("Besluit.Zaak", new Link(KG.zaak, false)),
            Map.entry("Besluit.Stemming", new Link(KG.besluit, true)),
            Map.entry("Agendapunt.Zaak", new Link(KG.zaak, false)),
            Map.entry("Agendapunt.Activiteit", new Link(KG.activiteit, false)),
            Map.entry("Agendapunt.Besluit", new Link(KG.agendapunt, true)),
            Map.entry("Activiteit.Agendapunt", new Link(KG.activiteit, true)),
            Map.entry("Activiteit.Zaak", new Link(KG.zaak, false)),
            Map.entry("Activiteit.Voortouwcommissie", new Link(KG.voortouwcommissie, false)),
            Map.entry("Zaak.Document", new Link(KG.zaak, true)),
            Map.entry("Zaak.ZaakActor", new Link(KG.actorrol, false)),
            Map.entry("Zaak.Kamerstukdossier", new Link(KG.dossier, false)),
            Map.entry("Zaak.Besluit", new Link(KG.zaak, true)),
            Map.entry("Zaak.Agendapunt", new Link(KG.zaak, true)),
            Map.entry("Document.DocumentActor", new Link(KG.actorrol, false)),
            Map.entry("Document.Zaak", new Link(KG.zaak, false)),
            Map.entry("Document.Kamerstukdossier", new Link(KG.dossier, false)),
            Map.entry("ZaakActor.Persoon", new Link(KG.actor, false)),
            Map.entry("ZaakActor.Fractie", new Link(KG.actor, false)),
            Map.entry("ZaakActor.Commissie", new Link(KG.actor, false)),
            Map.entry("ZaakActor.Zaak", new Link(KG.actorrol, true)),
            Map.entry("DocumentActor.Persoon", new Link(KG.actor, false)),
            Map.entry("DocumentActor.Fractie", new Link(KG.actor, false)),
            Map.entry("DocumentActor.Commissie", new Link(KG.actor, false)),
            Map.entry("DocumentActor.Document", new Link(KG.actorrol, true)),
            Map.entry("FractieZetelPersoon.Persoon", new Link(ORG.member.asNode(), false)),
            Map.entry("FractieZetelPersoon.FractieZetel", new Link(KG.zetel, false)),
            Map.entry("Persoon.FractieZetelPersoon", new Link(ORG.member.asNode(), true)),
            Map.entry("FractieZetel.Fractie", new Link(ORG.postIn.asNode(), false)),
            Map.entry("Fractie.FractieZetel", new Link(ORG.postIn.asNode(), true)),
            Map.entry("FractieZetel.FractieZetelPersoon", new Link(KG.zetel, true)));

    private NavigationLinks() {}

    static void link(String parentType, String navigation, Node parent, Node child, RecordBuffer parentGraph) {
        Link link = LINKS.get(parentType + "." + navigation);
        if (link == null) {
            parentGraph.add(parent, DCTerms.relation.asNode(), child);
        } else if (link.fromChild()) {
            parentGraph.add(child, link.property(), parent);
        } else {
            parentGraph.add(parent, link.property(), child);
        }
    }
}
