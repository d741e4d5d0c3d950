package nl.kamergraaf.server.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Turns the nodes of a description into {@link ValueView}s: labels from the page's graph, links by {@link LinkTargets}. */
record ValueViews(Graph view, LinkTargets links, Description d) {
    private static final int LONG_TEXT = 300;

    ValueView of(Node v) {
        if (v.isURI()) {
            // An unlabelled term of a standard vocabulary (eli:Work) is shown by its prefixed name, an unlabelled page
            // elsewhere (tweedekamer.nl, officielebekendmakingen) by its full address.
            boolean unlabelledElsewhere = !links.isOurs(v) && !d.describedHere().contains(v) && Labels.best(view, v).isEmpty();
            String external = !links.isOurs(v) && d.describedHere().contains(v) ? links.external(v).orElse(null) : null;
            return new ValueView(unlabelledElsewhere ? FactSections.prefixed(v) : Labels.bestOrFallback(view, v),
                    links.href(v).orElse(null), external, null, false);
        }
        if (v.isLiteral()) {
            String text = v.getLiteralLexicalForm();
            String lang = v.getLiteralLanguage();
            return new ValueView(text, null, null, lang.isEmpty() ? null : lang, text.length() > LONG_TEXT);
        }
        return ValueView.text(v.toString());
    }

    /** A link to an IRI with a text of the caller's choosing (a property's label, a record's key). */
    ValueView link(Node iri, String text) {
        return new ValueView(text, links.href(iri).orElse(null), null, null, false);
    }

    String label(Node n) {
        return Labels.bestOrFallback(view, n);
    }
}
