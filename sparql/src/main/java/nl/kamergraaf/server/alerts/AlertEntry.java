package nl.kamergraaf.server.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the alerts journal: a thing that became new (changed, or a new result row of a saved query) or was
 * deleted (a deleted record, or a row that left a saved query's results), with the feeds it belongs to.
 *
 * @param seq      orders the journal; 0 until the journal numbers it
 * @param iri      the thing the entry is about (linked to its page); empty for a result row without an IRI
 * @param feeds    feed keys such as {@code dossier/36600-XIII}, {@code fractie/<guid>}, {@code query/<name>}
 * @param start    for dated things (activities): its start as xsd:date or xsd:dateTime lexical form, else null
 * @param end      its end, or null
 * @param location where it takes place, or null
 */
public record AlertEntry(long seq, Instant time, Kind kind, String iri, String title, String summary, List<String> feeds,
        String start, String end, String location) {

    public enum Kind { NEW, DELETED }

    public AlertEntry {
        Objects.requireNonNull(time);
        Objects.requireNonNull(kind);
        iri = iri == null ? "" : iri;
        title = title == null || title.isBlank() ? iri : title;
        summary = summary == null ? "" : summary;
        feeds = List.copyOf(feeds);
    }

    public AlertEntry numbered(long seq) {
        return new AlertEntry(seq, time, kind, iri, title, summary, feeds, start, end, location);
    }

    public boolean dated() {
        return start != null && !start.isBlank();
    }
}
