package nl.kamergraaf.server.release;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.shared.PrefixMapping;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Prefixes;

/** The prefixes the release files and descriptions are written with (fixed, so the output is the same every run). */
final class ReleasePrefixes {
    private static final Map<String, String> ALL = Map.copyOf(Prefixes.map("adms", "dcat", "dct", "foaf", KG.PREFIX, "owl",
            "prov", "rdf", "rdfs", "skos", "spdx", "vcard", "void", "xsd"));

    private ReleasePrefixes() {}

    static void addTo(PrefixMapping mapping) {
        mapping.setNsPrefixes(ALL);
    }

    /** In name order, for writers that emit prefixes one by one. */
    static Map<String, String> sorted() {
        return new TreeMap<>(ALL);
    }
}
