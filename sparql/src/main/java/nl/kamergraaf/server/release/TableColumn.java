package nl.kamergraaf.server.release;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a release table: its CSV header ({@code name}), its titles for people, its CSVW datatype, the
 * property whose values it holds ({@code propertyUrl}; empty for derived values such as counts or the label of a
 * linked thing), and the SPARQL group pattern that binds {@code ?value} for a {@code ?thing} of the table's class.
 *
 * <p>When {@code labelsOfValue} is set, the pattern binds {@code ?value} to a linked thing (a concept, a fractie, a
 * cited work) and the cell holds that thing's Dutch labels: the writer looks each linked thing's labels up once per
 * table, because a concept is labelled in every record graph that uses it, so a label read per row in the union graph
 * would cost in proportion to the whole store (a quadratic dump).
 *
 * <p>A multi-valued column holds all distinct values of the thing, sorted and joined with {@link #SEPARATOR}; the
 * CSVW metadata declares that separator, so a CSVW processor splits the cell back into its values.
 */
record TableColumn(String name, String titleNl, String titleEn, String datatype, Optional<String> propertyUrl,
                   boolean multiValued, String pattern, boolean labelsOfValue) {
    /** Between the values of a multi-valued cell. */
    static final String SEPARATOR = " | ";

    TableColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(datatype);
        Objects.requireNonNull(propertyUrl);
        Objects.requireNonNull(pattern);
        if (!name.matches("[a-z][a-z_]*")) throw new IllegalArgumentException("A column name is lowercase letters and _: " + name);
        if (!pattern.contains("?value")) throw new IllegalArgumentException("Column " + name + " binds no ?value");
    }

    /** The values of one property of the thing, each its own. */
    static TableColumn property(String name, String titleNl, String titleEn, String datatype, String property) {
        return new TableColumn(name, titleNl, titleEn, datatype, Optional.of(property), true,
                "?thing <" + property + "> ?value .", false);
    }

    /** A value the table works out (a label of a linked thing, a count): no property of the thing itself. */
    static TableColumn derived(String name, String titleNl, String titleEn, String datatype, boolean multiValued, String pattern) {
        return new TableColumn(name, titleNl, titleEn, datatype, Optional.empty(), multiValued, pattern, false);
    }

    /** The Dutch labels of the thing(s) {@code pattern} binds to {@code ?value}: a string column with no property. */
    static TableColumn labels(String name, String titleNl, String titleEn, String pattern) {
        return new TableColumn(name, titleNl, titleEn, "string", Optional.empty(), true, pattern, true);
    }

    /** Whether the column's values are IRIs of other things. */
    boolean links() {
        return "anyURI".equals(datatype);
    }
}
