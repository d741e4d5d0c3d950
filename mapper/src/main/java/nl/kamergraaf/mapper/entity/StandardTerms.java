package nl.kamergraaf.mapper.entity;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of standard vocabularies that the entity writers use as they are and Jena has no vocabulary class for
 * (Popolo, OWL-Time); W3C ORG and schema.org terms come from Jena's {@code ORG} and {@code SchemaDO}.
 */
final class StandardTerms {
    private StandardTerms() {}

    static final class Popolo {
        static final String NS = "http://www.w3.org/ns/opengov#";
        static final Node OPTION = NodeFactory.createURI(NS + "option");
        static final Node WEIGHT = NodeFactory.createURI(NS + "weight");
        static final Node VOTE_EVENT = NodeFactory.createURI(NS + "voteEvent");
        static final Node PERSON = NodeFactory.createURI(NS + "person");
        static final Node ORGANIZATION = NodeFactory.createURI(NS + "organization");
        static final Node RESULT = NodeFactory.createURI(NS + "result");
        static final Node COUNT = NodeFactory.createURI(NS + "count");
        static final Node VALUE = NodeFactory.createURI(NS + "value");

        private Popolo() {}
    }

    /** OWL-Time, which Jena has no vocabulary class for. */
    static final class Time {
        static final Node PROPER_INTERVAL = NodeFactory.createURI("http://www.w3.org/2006/time#ProperInterval");

        private Time() {}
    }
}
