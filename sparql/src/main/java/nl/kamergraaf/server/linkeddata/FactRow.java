package nl.kamergraaf.server.linkeddata;

import java.util.List;

/**
 * One row of a page's table of facts: the property (labelled, linked to its definition) and its values; {@code arrow}
 * for a statement read the other way (the values point at the thing).
 */
record FactRow(ValueView property, List<ValueView> values, boolean arrow) {}
