package nl.kamergraaf.server;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * A part of the public server beyond the SPARQL endpoint (linked-data pages, dumps and catalog, the query page, …),
 * at the seam between storing and serving. Each adds its servlets or filters to the Fuseki builder; the list in
 * {@link ServerExtensions#defaults()} says which are on.
 */
public interface ServerExtension {
    void configure(FusekiServer.Builder fuseki, ServerContext context);
}
