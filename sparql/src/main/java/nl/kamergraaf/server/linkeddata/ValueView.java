package nl.kamergraaf.server.linkeddata;

/**
 * One value as a page shows it: its text (a label, never a bare IRI where a label exists), where it links to, the
 * external IRI beside our page about an external thing, its language, and whether it is a long text.
 * Fields are null when absent (a template section then shows nothing). Escaping is the template engine's job.
 */
record ValueView(String text, String href, String external, String lang, boolean longText) {
    /** A plain text, not from a literal's own language, that links nowhere. */
    static ValueView text(String text) {
        return new ValueView(text, null, null, null, false);
    }
}
