package nl.kamergraaf.mapper.entity;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.record.Fields;

/**
 * How much one Stemming record weighs in the count of its besluit, in one place for the counts and the votes. A
 * fractie's vote weighs the fractie's size (FractieGrootte). A member's vote in a roll call (hoofdelijke stemming)
 * weighs 1: the source states FractieGrootte on it too, as the size of the member's fractie, and counting that would
 * count every member as a whole fractie. A vote is a member's when the record names the member (Persoon_Id, an
 * expanded Persoon, or SidActorLid, which even a {@code $select} without keys keeps) or when its besluit is a roll call.
 */
final class VoteWeight {
    private VoteWeight() {}

    /** Whether one member cast this vote, rather than a fractie. */
    static boolean byMember(JsonNode stemming, boolean rollCallBesluit) {
        return rollCallBesluit || Fields.text(stemming, "Persoon_Id") != null || stemming.path("Persoon").isObject()
                || Fields.text(stemming, "SidActorLid") != null;
    }

    /** The weight of the vote, or null when a fractie's vote states no size. */
    static Integer of(JsonNode stemming, boolean rollCallBesluit) {
        if (byMember(stemming, rollCallBesluit)) return 1;
        JsonNode size = stemming.get("FractieGrootte");
        return size != null && size.canConvertToInt() ? size.intValue() : null;
    }

    /** Whether a Besluit record says its vote is a roll call (StemmingsSoort "Hoofdelijk"). */
    static boolean isRollCall(JsonNode besluit) {
        String soort = Fields.text(besluit, "StemmingsSoort");
        return soort != null && soort.trim().equalsIgnoreCase("Hoofdelijk");
    }
}
