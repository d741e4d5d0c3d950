package nl.kamergraaf.mapper.text;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;

import nl.kamergraaf.mapper.EntityWriter;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * Reads the passages of a document for what it cites (kamerstukken, motions by their submitters) and mentions
 * (gazetteer entities), and writes each as a link plus a {@code kg:Verwijzing} saying where and how it was found.
 */
public final class DocumentTextAnalyzer {
    private static final String NL = "nl";

    private final EntityWriter entities;
    private final UriMinter uris;
    private final PersonDirectory persons;
    private final KamerstukCitationParser citations = new KamerstukCitationParser();
    private final MotionReferenceParser motions = new MotionReferenceParser();
    private final GazetteerMatcher gazetteerMatcher;

    public DocumentTextAnalyzer(EntityWriter entities, Gazetteer gazetteer, PersonDirectory persons) {
        this.entities = entities;
        this.uris = entities.uris();
        this.persons = persons;
        this.gazetteerMatcher = new GazetteerMatcher(gazetteer);
    }

    /** Analyses the passages of document {@code nummer} in reading order; references are numbered in that order. */
    public void analyze(String nummer, Node doc, List<String> passages, RecordBuffer out) {
        int ordinal = 0;
        for (String passage : passages) {
            for (KamerstukReference ref : citations.parse(passage)) {
                Node ks = entities.kamerstuk(ref.dossierId(), ref.volgnummer(), out);
                out.add(doc, KG.citeert, ks);
                reference(nummer, ++ordinal, doc, ks, passage, ref.text(), ref.start(), ref.end(),
                        "KamerstukCitationParser:" + ref.rule(), out);
            }
            for (MotionReference motion : motions.parse(passage)) {
                Node ks = uris.kamerstuk(motion.kamerstuk().kamerstukId());
                out.type(ks, KG.Motie);
                for (String name : motion.submitterNames()) {
                    persons.resolve(name).ifPresent(p -> {
                        Node person = entities.person(p, out);
                        out.add(ks, KG.indiener, person);
                        out.add(doc, KG.noemt, person);
                    });
                }
                int at = passage.indexOf(motion.text());
                reference(nummer, ++ordinal, doc, ks, passage, motion.text(), at, at + motion.text().length(),
                        "MotionReferenceParser:motie-van-leden", out);
            }
            for (GazetteerMatcher.Match m : gazetteerMatcher.find(passage)) {
                out.add(doc, KG.noemt, m.entity());
                reference(nummer, ++ordinal, doc, m.entity(), passage, m.text(), m.start(), m.end(),
                        "Gazetteer:" + m.name(), out);
            }
        }
    }

    /** A person named in the document (e.g. its signatory): the Tweede Kamer's person if it fits one, else by name. */
    public Node person(String name, RecordBuffer out) {
        Optional<PersonDirectory.Person> known = persons.resolve(name);
        return known.isPresent() ? entities.person(known.get(), out) : entities.personByName(name, out);
    }

    private void reference(String nummer, int ordinal, Node doc, Node target, String passage, String text,
                           int start, int end, String how, RecordBuffer out) {
        Node ref = uris.verwijzing(nummer, ordinal);
        out.type(ref, KG.Verwijzing);
        out.add(ref, KG.bron, doc);
        out.add(ref, KG.doel, target);
        out.string(ref, KG.verwijzingstekst, text);
        out.literal(ref, KG.gevondenIn, Sentences.around(passage, Math.max(0, start), Math.max(start, end)), NL);
        out.string(ref, KG.herkendDoor, how);
    }
}
