package nl.kamergraaf.mapper.entity;

import static nl.kamergraaf.mapper.record.TkEntityType.BESLUIT;
import static nl.kamergraaf.mapper.record.TkEntityType.STEMMING;

import java.util.Locale;
import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.entity.StandardTerms.Popolo;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.vocab.KG;

/**
 * Besluiten and the votes (Stemmingen) cast on them. A besluit that records a vote names its vote event and outcome
 * here; the event's counts are derived from all the run's votes by {@link VoteEventWriter}.
 */
final class DecisionAndVoteWriter extends DomainWriter {
    private final FractieLinks fracties;
    private final Predicate<String> rollCallBesluit;

    DecisionAndVoteWriter(ODataIris iris, EnumerationConcepts concepts, EntityWriter entities, FractieLinks fracties,
            Predicate<String> rollCallBesluit) {
        super(iris, concepts, entities);
        this.fracties = fracties;
        this.rollCallBesluit = rollCallBesluit;
    }

    void besluit(Node s, JsonNode r, ODataEntityWriter.Parent parent, RecordBuffer b) {
        String id = Fields.text(r, "Id");
        String soort = Fields.text(r, "BesluitSoort");
        String tekst = Fields.text(r, "BesluitTekst");
        b.type(s, BESLUIT.kgClass());
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

    void stemming(Node s, JsonNode r, ODataEntityWriter.Parent parent, RecordBuffer b) {
        String keuze = Fields.text(r, "Soort");
        String actor = Fields.text(r, "ActorNaam");
        b.type(s, STEMMING.kgClass());
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
        if (!r.path("Fractie").isObject()) fracties.fractieOf(s, r, Popolo.ORGANIZATION, b);
    }
}
