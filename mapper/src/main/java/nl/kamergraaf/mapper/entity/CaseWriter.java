package nl.kamergraaf.mapper.entity;

import static nl.kamergraaf.mapper.record.TkEntityType.ACTIVITEIT;
import static nl.kamergraaf.mapper.record.TkEntityType.AGENDAPUNT;
import static nl.kamergraaf.mapper.record.TkEntityType.KAMERSTUKDOSSIER;
import static nl.kamergraaf.mapper.record.TkEntityType.VERGADERING;
import static nl.kamergraaf.mapper.record.TkEntityType.ZAAK;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * The parliamentary process: zaken, kamerstukdossiers (and through them kamerstukken), activiteiten, their
 * agendapunten, and vergaderingen.
 */
final class CaseWriter extends DomainWriter {
    CaseWriter(ODataIris iris, EnumerationConcepts concepts, EntityWriter entities) {
        super(iris, concepts, entities);
    }

    void zaak(Node s, JsonNode r, RecordBuffer b) {
        String nummer = Fields.text(r, "Nummer");
        numberedAndTitled(s, ZAAK, KG.zaaknummer, nummer, r, b);
        concept(s, KG.soort, "zaaksoort", Fields.text(r, "Soort"), b);
        concept(s, KG.status, "zaakstatus", Fields.text(r, "Status"), b);
        concept(s, KG.kabinetsappreciatie, "kabinetsappreciatie", Fields.text(r, "Kabinetsappreciatie"), b);
        JsonNode afgedaan = r.get("Afgedaan");
        if (afgedaan != null && afgedaan.isBoolean()) b.typed(s, KG.afgedaan, afgedaan.asText(), XSDDatatype.XSDboolean);
        b.string(s, KG.vergaderjaar, Fields.text(r, "Vergaderjaar"));
        b.typed(s, SchemaDO.startDate.asNode(), Fields.text(r, "GestartOp"), XSDDatatype.XSDdateTime);
        if (nummer != null && nummer.matches("\\d{4}Z\\d{5}")) b.add(s, SEE_ALSO, UriMinter.tweedeKamerZaakPage(nummer));
    }

    void kamerstukdossier(Node s, JsonNode r, RecordBuffer b) {
        var id = Fields.dossierId(r);
        String titel = Fields.text(r, "Titel");
        if (id.isPresent()) entities.dossier(id.get(), titel, b);
        b.type(s, KAMERSTUKDOSSIER.kgClass());
        if (titel == null) b.literal(s, LABEL, "Kamerstukdossier " + id.orElse(Fields.text(r, "Id")), NL);
    }

    void activiteit(Node s, JsonNode r, RecordBuffer b) {
        numberedWithSubject(s, ACTIVITEIT, r, b);
        concept(s, KG.soort, "activiteitsoort", Fields.text(r, "Soort"), b);
        concept(s, KG.status, "activiteitstatus", Fields.text(r, "Status"), b);
        String start = Fields.text(r, "Aanvangstijd");
        b.typed(s, SchemaDO.startDate.asNode(), start != null ? start : Fields.text(r, "Datum"), XSDDatatype.XSDdateTime);
        b.typed(s, SchemaDO.endDate.asNode(), Fields.text(r, "Eindtijd"), XSDDatatype.XSDdateTime);
        b.string(s, SchemaDO.location.asNode(), Fields.text(r, "Locatie"));
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

    void agendapunt(Node s, JsonNode r, ODataEntityWriter.Parent parent, RecordBuffer b) {
        numberedWithSubject(s, AGENDAPUNT, r, b);
        concept(s, KG.status, "agendapuntstatus", Fields.text(r, "Status"), b);
        b.typed(s, SchemaDO.startDate.asNode(), Fields.text(r, "Aanvangstijd"), XSDDatatype.XSDdateTime);
        b.typed(s, SchemaDO.endDate.asNode(), Fields.text(r, "Eindtijd"), XSDDatatype.XSDdateTime);
        String activiteit = parent.idOf(r, "Activiteit_Id", "Activiteit");
        if (activiteit != null) b.add(s, KG.activiteit, iris.ref("Activiteit", activiteit));
    }

    void vergadering(Node s, JsonNode r, RecordBuffer b) {
        b.type(s, VERGADERING.kgClass());
        String titel = Fields.text(r, "Titel");
        label(s, b, "Vergadering", Fields.text(r, "Id"), titel);
        b.literal(s, KG.titel, titel, NL);
        concept(s, KG.soort, "vergaderingsoort", Fields.text(r, "Soort"), b);
        b.string(s, KG.nummer, Fields.text(r, "VergaderingNummer"));
        b.typed(s, SchemaDO.startDate.asNode(), Fields.text(r, "Aanvangstijd"), XSDDatatype.XSDdateTime);
        b.typed(s, SchemaDO.endDate.asNode(), Fields.text(r, "Sluiting"), XSDDatatype.XSDdateTime);
        b.string(s, SchemaDO.location.asNode(), Fields.text(r, "Zaal"));
        b.string(s, KG.vergaderjaar, Fields.text(r, "Vergaderjaar"));
    }
}
