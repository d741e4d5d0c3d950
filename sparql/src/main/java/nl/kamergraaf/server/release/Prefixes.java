package nl.kamergraaf.server.release;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.shared.PrefixMapping;

import nl.kamergraaf.vocab.KG;

/** The prefixes the release files and descriptions are written with (fixed, so the output is the same every run). */
final class Prefixes {
    static final Map<String, String> ALL;

    static {
        Map<String, String> p = new TreeMap<>();
        p.put("adms", DistributionVocab.ADMS);
        p.put("dcat", DistributionVocab.DCAT);
        p.put("dct", DistributionVocab.DCT);
        p.put("foaf", DistributionVocab.FOAF);
        p.put(KG.PREFIX, KG.NS);
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("prov", "http://www.w3.org/ns/prov#");
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("spdx", DistributionVocab.SPDX);
        p.put("vcard", DistributionVocab.VCARD);
        p.put("void", DistributionVocab.VOID);
        p.put("xsd", DistributionVocab.XSD);
        ALL = Map.copyOf(p);
    }

    private Prefixes() {}

    static void addTo(PrefixMapping mapping) {
        mapping.setNsPrefixes(ALL);
    }

    /** In name order, for writers that emit prefixes one by one. */
    static Map<String, String> sorted() {
        return new TreeMap<>(ALL);
    }
}
