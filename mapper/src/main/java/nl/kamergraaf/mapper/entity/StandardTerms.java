package nl.kamergraaf.mapper.entity;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of standard vocabularies (Popolo, W3C ORG, schema.org) that the entity writers use as they are. */
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

    static final class Org {
        static final String NS = "http://www.w3.org/ns/org#";
        static final Node MEMBER = NodeFactory.createURI(NS + "member");
        static final Node ROLE = NodeFactory.createURI(NS + "role");
        static final Node MEMBER_DURING = NodeFactory.createURI(NS + "memberDuring");
        static final Node POST_IN = NodeFactory.createURI(NS + "postIn");
        static final Node TIME_PROPER_INTERVAL = NodeFactory.createURI("http://www.w3.org/2006/time#ProperInterval");

        private Org() {}
    }

    static final class Schema {
        static final String NS = "https://schema.org/";
        static final Node START_DATE = NodeFactory.createURI(NS + "startDate");
        static final Node END_DATE = NodeFactory.createURI(NS + "endDate");
        static final Node LOCATION = NodeFactory.createURI(NS + "location");
        static final Node BIRTH_DATE = NodeFactory.createURI(NS + "birthDate");

        private Schema() {}
    }
}
