package nl.kamergraaf.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What server extensions may use: the served dataset (default graph = union of record graphs), the base IRI the
 * data was minted under, the store folder (when serving from one), and the query timeout.
 */
public record ServerContext(DatasetGraph dataset, String base, Optional<Path> storeRoot, Duration queryTimeout) {}
