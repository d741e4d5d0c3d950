package nl.kamergraaf.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Prefixes;

/**
 * Splits a thing's own statements for its page. The lead: the kg: facts, the profile's properties first in its order,
 * then its other kg: properties by label; a value that is the page's title is left out (the heading shows it). The
 * rest: the statements in standard vocabularies (ELI, Popolo, schema.org, Dublin Core, PROV) that the mapper adds
 * beside the kg: ones so that standard queries find the data; they repeat the lead in other words and are folded
 * into the "also as" section, labelled by their prefixed names. A thing with no kg: facts at all (an ontology term,
 * an external act, a record graph) leads with everything it has.
 */
final class FactSections {
    private final List<FactRow> lead = new ArrayList<>();
    private final List<FactRow> also = new ArrayList<>();

    FactSections(List<Triple> own, PageProfile profile, String title, ValueViews values) {
        List<Node> leading = profile.leading();
        Predicate<Node> isLeadProperty = p -> leading.contains(p) || p.getURI().startsWith(KG.NS);
        boolean hasKgFacts = own.stream().map(Triple::getPredicate)
                .anyMatch(p -> isLeadProperty.test(p) && !PageProfile.COMMON.contains(p));

        Map<Node, List<Node>> leadValues = new LinkedHashMap<>();
        Map<Node, List<Node>> alsoValues = new LinkedHashMap<>();
        Set<Node> kgTypes = kgTypes(own);
        for (Triple t : own) {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode())) {
                // kg: classes are the page's type line; the standard classes they specialise are folded.
                if (!kgTypes.isEmpty() && !kgTypes.contains(t.getObject())) alsoValues.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getObject());
                continue;
            }
            boolean inLead = !hasKgFacts || isLeadProperty.test(p);
            if (inLead && t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(title)) continue;
            (inLead ? leadValues : alsoValues).computeIfAbsent(p, k -> new ArrayList<>()).add(t.getObject());
        }

        Comparator<Node> leadOrder = Comparator
                .comparingInt((Node p) -> leading.contains(p) ? leading.indexOf(p) : leading.size())
                .thenComparingInt(p -> Labels.NAMING.contains(p) ? 0 : 1)
                .thenComparing(values::label);
        leadValues.keySet().stream().sorted(leadOrder)
                .forEach(p -> lead.add(row(values, values.link(p, values.label(p)), leadValues.get(p))));
        alsoValues.keySet().stream().sorted(Comparator.comparing(FactSections::prefixed))
                .forEach(p -> also.add(row(values, values.link(p, prefixed(p)), alsoValues.get(p))));
    }

    /** The kg: classes of the thing (the rdf:type values in our namespace). */
    static Set<Node> kgTypes(List<Triple> own) {
        Set<Node> types = new java.util.LinkedHashSet<>();
        for (Triple t : own) {
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI() && t.getObject().getURI().startsWith(KG.NS)) {
                types.add(t.getObject());
            }
        }
        return types;
    }

    List<FactRow> lead() {
        return lead;
    }

    List<FactRow> also() {
        return also;
    }

    /** The RDF answers' prefixes and the other vocabularies the mapper writes (display only). */
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(DescriptionGraph.CONTEXT_PREFIXES)
            .setNsPrefixes(Prefixes.mapping("opengov", "org", "adms", "cito", "fabio", "dcat", "person", "time"))
            .lock();

    /** A standard term by its usual prefixed name (eli:is_part_of), which is how a query writer knows it. */
    static String prefixed(Node p) {
        return PREFIXES.shortForm(p.getURI());
    }

    private static FactRow row(ValueViews values, ValueView property, List<Node> nodes) {
        return new FactRow(property, nodes.stream().distinct().sorted(Labels.BY_LANGUAGE).map(values::of).toList(), false);
    }
}
