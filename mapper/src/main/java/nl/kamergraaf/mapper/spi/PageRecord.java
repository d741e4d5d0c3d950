package nl.kamergraaf.mapper.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One record of a page of changes, with its OData entity type, as the mapper is told it before mapping the page. */
public record PageRecord(String entityType, ObjectNode record) {}
