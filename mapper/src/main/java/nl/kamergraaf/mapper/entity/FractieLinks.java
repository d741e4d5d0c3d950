package nl.kamergraaf.mapper.entity;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.directory.FractieDirectory;
import nl.kamergraaf.mapper.record.Fields;
import nl.kamergraaf.vocab.KG;

/**
 * Links the fractie a vote or an actor names, by {@code Fractie_Id} or, without the key, by its name
 * ({@code ActorFractie}) at the record's date, from the fracties the run knows.
 */
final class FractieLinks {
    private static final Node LABEL = RDFS.label.asNode();
    private static final String NL = "nl";

    private final ODataIris iris;
    private final FractieDirectory fracties;

    FractieLinks(ODataIris iris, FractieDirectory fracties) {
        this.iris = iris;
        this.fracties = fracties;
    }

    /**
     * Links the fractie a record names. A fractie whose own record is not in the run is labelled with the one name
     * the run chose for it; a name that no known fractie fits is kept as {@code kg:fractienaam}.
     */
    void fractieOf(Node s, JsonNode r, Node property, RecordBuffer b) {
        String naam = Fields.text(r, "ActorFractie");
        String id = Fields.text(r, "Fractie_Id");
        if (id == null) id = fracties.resolve(naam, Fields.dateOf(r)).orElse(null);
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

    /** Labels a fractie linked by key whose own record is not in the run, with the name the run knows, if any. */
    void nameIfUnknown(String fractie, Node f, RecordBuffer b) {
        if (!fracties.hasRecord(fractie)) fracties.nameOf(fractie).ifPresent(fractieNaam -> {
            b.type(f, KG.Fractie);
            b.literal(f, LABEL, fractieNaam, NL);
        });
    }
}
