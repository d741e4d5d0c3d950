package nl.kamergraaf.mapper.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.mapper.entity.EntityWriter;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.directory.PostDirectory;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * Reads the passages of a document for what it cites (kamerstukken, Handelingen, motions and amendments by their
 * submitters) and mentions (members of parliament, posts by function, gazetteer entities), and writes each as a link
 * plus a {@code kg:Verwijzing} saying where (document, sentence) and how (parser rule or gazetteer entry) it was found.
 * A name that does not resolve to exactly one person is left unlinked: no link is better than a wrong one.
 */
public final class DocumentTextAnalyzer {
    private static final String NL = "nl";

    private final EntityWriter entities;
    private final UriMinter uris;
    private final PersonDirectory persons;
    private final PostDirectory postHolders;
    private final KamerstukCitationParser citations = new KamerstukCitationParser();
    private final HandelingenCitationParser handelingen = new HandelingenCitationParser();
    private final MotionReferenceParser motions = new MotionReferenceParser();
    private final PersonMentionParser personMentions = new PersonMentionParser();
    private final PostMentionFinder posts;
    private final GazetteerMatcher gazetteerMatcher;

    public DocumentTextAnalyzer(EntityWriter entities, Gazetteer gazetteer, PersonDirectory persons) {
        this(entities, gazetteer, persons, new PostDirectory());
    }

    public DocumentTextAnalyzer(EntityWriter entities, Gazetteer gazetteer, PersonDirectory persons, PostDirectory postHolders) {
        this.entities = entities;
        this.uris = entities.uris();
        this.persons = persons;
        this.postHolders = postHolders;
        this.gazetteerMatcher = new GazetteerMatcher(gazetteer);
        this.posts = new PostMentionFinder(gazetteer);
    }

    /**
     * Analyses the passages of a text in reading order; references are numbered in that order.
     *
     * @param sourceKey the document number (2024D50227) or, for a text known only by its publication, its identifier
     *                  (kst-36600-VIII-136); it keys the IRIs of the references
     */
    public void analyze(String sourceKey, Node doc, List<String> passages, RecordBuffer out) {
        analyze(sourceKey, doc, passages, out, null);
    }

    /**
     * As {@link #analyze(String, Node, List, RecordBuffer)} for a text whose own dossier is known (e.g. "36682" or
     * "36600-XIII" from a motion's heading), so that "ter vervanging van die gedrukt onder nr. 8" resolves too.
     */
    public void analyze(String sourceKey, Node doc, List<String> passages, RecordBuffer out, String ownDossier) {
        analyze(sourceKey, doc, passages, out, ownDossier, null);
    }

    /**
     * As above, for a text of a known date: "de minister van Financiën" then also names the person who held that post
     * on that date, when the post directory knows exactly one.
     */
    public void analyze(String sourceKey, Node doc, List<String> passages, RecordBuffer out, String ownDossier,
                        LocalDate date) {
        int ordinal = 0;
        for (String passage : passages) {
            for (KamerstukReference ref : citations.parse(passage, ownDossier)) {
                Node ks = entities.kamerstuk(ref.dossierId(), ref.volgnummer(), out);
                out.add(doc, KG.citeert, ks);
                reference(sourceKey, ++ordinal, doc, ks, passage, ref.text(), ref.start(), ref.end(),
                        "KamerstukCitationParser:" + ref.rule(), out);
            }
            for (HandelingenReference ref : handelingen.parse(passage)) {
                Node h = uris.handelingen(ref.identifier());
                out.type(h, KG.Handelingen);
                out.literal(h, RDFS.label.asNode(), "Handelingen " + ref.identifier(), NL);
                out.add(h, RDFS.seeAlso.asNode(), UriMinter.officieleBekendmakingenHandelingenPage(ref.identifier()));
                out.add(doc, KG.citeert, h);
                reference(sourceKey, ++ordinal, doc, h, passage, ref.text(), ref.start(), ref.end(),
                        "HandelingenCitationParser:" + ref.rule(), out);
            }
            for (MotionReference motion : motions.parse(passage)) {
                Node ks = uris.kamerstuk(motion.kamerstuk().kamerstukId());
                if (motion.soort().equals("motie")) out.type(ks, KG.Motie);
                for (String name : motion.submitterNames()) {
                    persons.resolve(name).ifPresent(p -> {
                        Node person = entities.person(p, out);
                        out.add(ks, KG.indiener, person);
                        out.add(doc, KG.noemt, person);
                    });
                }
                reference(sourceKey, ++ordinal, doc, ks, passage, motion.text(), motion.start(), motion.end(),
                        "MotionReferenceParser:" + motion.rule(), out);
            }
            for (PersonMention mention : personMentions.parse(passage)) {
                Optional<PersonDirectory.Person> known = persons.resolve(mention.name());
                if (known.isEmpty()) continue;
                Node person = entities.person(known.get(), out);
                out.add(doc, KG.noemt, person);
                reference(sourceKey, ++ordinal, doc, person, passage, mention.text(), mention.start(), mention.end(),
                        "PersonMentionParser:" + mention.rule(), out);
            }
            for (PostMention mention : posts.find(passage)) {
                Node post = uris.post(mention.postName());
                out.type(post, KG.Post);
                out.literal(post, RDFS.label.asNode(), capitalise(mention.postName()), NL);
                out.add(post, KG.functieIn, mention.ministry());
                out.add(doc, KG.noemt, post);
                reference(sourceKey, ++ordinal, doc, post, passage, mention.text(), mention.start(), mention.end(),
                        "PostMentionFinder:" + mention.rule(), out);
                Optional<PersonDirectory.Person> holder = postHolders.holderAt(mention.postName(), date);
                if (holder.isPresent()) {
                    Node person = entities.person(holder.get(), out);
                    out.add(post, KG.bekleedDoor, person);
                    out.add(doc, KG.noemt, person);
                    reference(sourceKey, ++ordinal, doc, person, passage, mention.text(), mention.start(), mention.end(),
                            "PostMentionFinder:bekleder-op-datum", out);
                }
            }
            for (GazetteerMatcher.Match m : gazetteerMatcher.find(passage)) {
                out.add(doc, KG.noemt, m.entity());
                reference(sourceKey, ++ordinal, doc, m.entity(), passage, m.text(), m.start(), m.end(),
                        "Gazetteer:" + m.name(), out);
            }
        }
    }

    /** A person named in the document (e.g. its signatory): the Tweede Kamer's person if it fits one, else by name. */
    public Node person(String name, RecordBuffer out) {
        Optional<PersonDirectory.Person> known = persons.resolve(name);
        return known.isPresent() ? entities.person(known.get(), out) : entities.personByName(name, out);
    }

    private void reference(String sourceKey, int ordinal, Node doc, Node target, String passage, String text,
                           int start, int end, String how, RecordBuffer out) {
        Node ref = uris.verwijzing(sourceKey, ordinal);
        out.type(ref, KG.Verwijzing);
        out.add(ref, KG.bron, doc);
        out.add(ref, KG.doel, target);
        out.string(ref, KG.verwijzingstekst, text);
        out.literal(ref, KG.gevondenIn, Sentences.around(passage, Math.max(0, start), Math.max(start, end)), NL);
        out.string(ref, KG.herkendDoor, how);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
