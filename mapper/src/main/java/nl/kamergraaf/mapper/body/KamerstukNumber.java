package nl.kamergraaf.mapper.body;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a kamerstuk as the heading of its body prints it: dossier number, optional suffix (a budget chapter
 * such as XIII, or a council number such as 30) and the volgnummer. {@code 36 600 XIII Nr. 29} is 36600-XIII-29.
 */
public record KamerstukNumber(String dossierId, int volgnummer) {
    private static final Pattern KST_IDENTIFIER = Pattern.compile("kst-(\\d+(?:-[A-Za-z0-9]+)*)-(\\d+)");
    private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    public KamerstukNumber {
        if (dossierId == null || !dossierId.matches("\\d+(-[A-Za-z0-9]+)*")) {
            throw new IllegalArgumentException("not a dossier number: '" + dossierId + "'");
        }
        if (volgnummer <= 0) throw new IllegalArgumentException("not a volgnummer: " + volgnummer);
    }

    /** {@code 36600-XIII-29}. */
    public String id() {
        return dossierId + "-" + volgnummer;
    }

    /** The identifier KOOP publishes it under: {@code kst-36600-XIII-29}. */
    public String kstIdentifier() {
        return "kst-" + id();
    }

    /**
     * From the printed parts: the dossier number with its thousands space ("36 600"), the suffix ("XIII", "30" or
     * null) and the volgnummer.
     */
    public static KamerstukNumber of(String printedDossierNumber, String suffix, int volgnummer) {
        String digits = printedDossierNumber.replaceAll("[\\s.\\u00a0]", "");
        String dossier = digits;
        if (suffix != null && !suffix.isBlank()) {
            String s = suffix.strip();
            if (!SUFFIX.matcher(s).matches()) throw new IllegalArgumentException("not a dossier suffix: '" + suffix + "'");
            dossier += "-" + s.toUpperCase(Locale.ROOT);
        }
        return new KamerstukNumber(dossier, volgnummer);
    }

    /** From a KOOP identifier {@code kst-21501-30-667}, if it is one. */
    public static java.util.Optional<KamerstukNumber> fromKstIdentifier(String identifier) {
        if (identifier == null) return java.util.Optional.empty();
        Matcher m = KST_IDENTIFIER.matcher(identifier.strip());
        if (!m.matches()) return java.util.Optional.empty();
        return java.util.Optional.of(new KamerstukNumber(m.group(1), Integer.parseInt(m.group(2))));
    }
}
