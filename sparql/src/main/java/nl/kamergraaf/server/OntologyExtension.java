package nl.kamergraaf.server;

import org.apache.jena.fuseki.main.FusekiServer;

/** Publishes the ontology under {@code /def}: documentation, Turtle, JSON-LD context and SHACL shapes. */
public final class OntologyExtension implements ServerExtension {
    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        OntologyServlet servlet = new OntologyServlet();
        fuseki.addServlet("/def", servlet);
        fuseki.addServlet("/def.ttl", servlet);
        fuseki.addServlet("/def/*", servlet);
    }
}
