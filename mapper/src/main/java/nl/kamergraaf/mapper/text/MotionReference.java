package nl.kamergraaf.mapper.text;

import java.util.List;

/**
 * "Motie kamerleden Zeedijk en Dassen, Kamerstuk 36 600 XIII, nr. 29": a motion or amendment named by its submitters
 * together with its kamerstuk; {@code soort} is "motie" or "amendement", {@code rule} the parser rule that read it.
 */
public record MotionReference(String soort, List<String> submitterNames, KamerstukReference kamerstuk, String text,
                              int start, int end, String rule) {}
