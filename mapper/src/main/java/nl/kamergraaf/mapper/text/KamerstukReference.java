package nl.kamergraaf.mapper.text;

/**
 * A kamerstuk reference found in text: the dossier (number plus optional suffix, e.g. 36600-XIII), the volgnummer,
 * the text as written, where it starts and ends, and the parser rule that recognised it.
 */
public record KamerstukReference(String dossierId, int volgnummer, String text, int start, int end, String rule) {
    public String kamerstukId() {
        return dossierId + "-" + volgnummer;
    }
}
