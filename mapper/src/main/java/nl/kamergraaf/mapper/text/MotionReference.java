package nl.kamergraaf.mapper.text;

import java.util.List;

/** "Motie kamerleden Zeedijk en Dassen, Kamerstuk 36 600 XIII, nr. 29": the named submitters and the kamerstuk. */
public record MotionReference(List<String> submitterNames, KamerstukReference kamerstuk, String text) {}
