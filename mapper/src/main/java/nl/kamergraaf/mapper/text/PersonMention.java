package nl.kamergraaf.mapper.text;

/** A name of a member found in text ("het lid Van der Plas", "F.A. Zeedijk"), with its span and the rule that read it. */
public record PersonMention(String name, String text, int start, int end, String rule) {}
