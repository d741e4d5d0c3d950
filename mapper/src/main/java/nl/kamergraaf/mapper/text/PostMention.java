package nl.kamergraaf.mapper.text;

import org.apache.jena.graph.Node;

/**
 * "de minister van Economische Zaken": a post named by its function, the post's name as written (without article),
 * the ministry it belongs to (a gazetteer entity), its span and the rule that read it.
 */
public record PostMention(String postName, Node ministry, String text, int start, int end, String rule) {}
