package nl.kamergraaf.mapper.source.koop;

import java.time.LocalDate;

import nl.kamergraaf.mapper.body.DocumentBody;

/**
 * A KOOP {@code officiele-publicatie} of a kamerstuk: the identifier it is published under (kst-21501-30-667), its
 * publication date and long title from the metadata when present, and its body.
 */
record KoopPublication(String identifier, LocalDate issued, String documentTitel, DocumentBody body) {
    /** KOOP's file name of this XML publication, the key of its IRI. */
    String fileName() {
        return identifier + ".xml";
    }
}
