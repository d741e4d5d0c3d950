package nl.kamergraaf.mapper.entity;

import static nl.kamergraaf.mapper.record.TkEntityType.DOCUMENT;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * Documents, with what their current version and publications say (version number, the kamerstuk a kst- identifier
 * names): a DocumentVersie or DocumentPublicatie is told as part of its document, not as a thing of its own.
 */
final class DocumentWriter extends DomainWriter {
    DocumentWriter(ODataIris iris, EnumerationConcepts concepts, EntityWriter entities) {
        super(iris, concepts, entities);
    }

    void document(Node s, JsonNode r, RecordBuffer b) {
        String nummer = Fields.text(r, "DocumentNummer");
        String soort = Fields.text(r, "Soort");
        numberedAndTitled(s, DOCUMENT, KG.documentnummer, nummer, r, b);
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
}
