package nl.kamergraaf.mapper.body;

import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

import nl.kamergraaf.mapper.entity.EntityWriter;
import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.vocab.KG;

/**
 * Writes what a {@link DocumentBody} says into a record graph, the same way for every file format: the kamerstuk with
 * its dossier, title, date and signatories; the running text as {@code kg:tekst} of the kamerstuk and of the
 * document (when the file's document is known), each traced to the file it was read from; and what the text cites
 * and mentions, via the shared text analyser.
 */
public final class DocumentBodyWriter {
    private static final String NL = "nl";

    private final MappingContext ctx;
    private final EntityWriter entities;

    public DocumentBodyWriter(MappingContext ctx) {
        this.ctx = ctx;
        this.entities = ctx.entities();
    }

    /**
     * @param body     what the file says
     * @param file     the file's own resource (a kg:Bestand), already described by the caller
     * @param document the IRI of the Tweede Kamer document the file belongs to, with its number, when known
     */
    public void write(DocumentBody body, Node file, Optional<KnownDocument> document, RecordBuffer out) {
        if (body.kamerstuk().isEmpty() && document.isEmpty()) {
            throw new IllegalArgumentException("neither a known document id nor a kamerstuk number to attach the text to");
        }
        Node kamerstuk = body.kamerstuk().map(k -> kamerstuk(k, body, out)).orElse(null);
        Node doc = document.map(d -> {
            out.type(d.iri(), KG.Document);
            out.string(d.iri(), KG.documentnummer, d.nummer());
            return d.iri();
        }).orElse(null);

        String text = String.join("\n\n", body.text());
        for (Node subject : new Node[] {kamerstuk, doc}) {
            if (subject == null) continue;
            out.add(subject, KG.belichaamdIn, file);
            if (!text.isBlank()) {
                out.literal(subject, KG.tekst, text, NL);
                out.add(subject, KG.tekstbron, file);
            }
        }
        if (doc != null) {
            if (kamerstuk != null) out.add(doc, KG.kamerstuk, kamerstuk);
            for (int i = 0; i < body.footnotes().size(); i++) {
                out.literal(doc, KG.voetnoot, (i + 1) + ". " + body.footnotes().get(i), NL);
            }
        }
        Node signed = kamerstuk != null ? kamerstuk : doc;
        for (String name : body.signatories()) signatory(name, signed, body.isMotion(), out);

        // References are numbered per text source: the document number when known, else the kst- identifier.
        String sourceKey = document.map(KnownDocument::nummer)
                .orElseGet(() -> body.kamerstuk().orElseThrow().kstIdentifier());
        // The own dossier lets "ter vervanging van die gedrukt onder nr. 8" resolve; the date lets a post name its holder.
        String ownDossier = body.kamerstuk().map(KamerstukNumber::dossierId).orElse(null);
        ctx.analyzer().analyze(sourceKey, doc != null ? doc : kamerstuk, body.passages(), out, ownDossier, body.datum());
    }

    private Node kamerstuk(KamerstukNumber k, DocumentBody body, RecordBuffer out) {
        Node ks = entities.kamerstuk(k.dossierId(), k.volgnummer(), out);
        if (body.dossierTitel() != null && !body.dossierTitel().isBlank()) {
            entities.dossier(k.dossierId(), body.dossierTitel().strip(), out);
        }
        if (body.isMotion()) out.type(ks, KG.Motie);
        out.literal(ks, KG.titel, body.titel() == null ? null : body.titel().strip(), NL);
        if (body.datum() != null) out.typed(ks, KG.datum, body.datum().toString(), XSDDatatype.XSDdate);
        return ks;
    }

    /** A signatory resolves to the one Tweede Kamer person the name fits; an unknown or ambiguous name stays a name. */
    private void signatory(String name, Node signed, boolean motion, RecordBuffer out) {
        Optional<PersonDirectory.Person> person = ctx.persons().resolve(name);
        if (person.isPresent()) {
            Node p = entities.person(person.get(), out);
            out.add(signed, KG.ondertekenaar, p);
            if (motion) out.add(signed, KG.indiener, p);
        } else {
            out.string(signed, KG.naamOndertekenaar, name);
        }
    }

    /** A Tweede Kamer document the file belongs to, found by the GUID in the file's name. */
    public record KnownDocument(Node iri, String nummer) {}
}
