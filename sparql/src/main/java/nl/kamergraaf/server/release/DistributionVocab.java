package nl.kamergraaf.server.release;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;

import nl.kamergraaf.vocab.Prefixes;

/**
 * The catalog's terms that Jena's vocabulary classes lack (SPDX checksums, DCAT 3's dcat:version, POWDER's
 * describedby) and the EU/IANA authority IRIs the DCAT-AP-NL 3.0 catalog uses. DCAT, VoID, vCard, FOAF and Dublin Core
 * terms come from Jena ({@code DCAT}, {@code VOID}, {@code VCARD4}, {@code FOAF}, {@code DCTerms}). Only standard
 * terms: Kamergraaf adds no vocabulary of its own for distribution.
 */
final class DistributionVocab {
    static final String SPDX = Prefixes.namespace("spdx");

    /** EU Publications Office authority tables, as DCAT-AP-NL 3.0 requires for these properties. */
    static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";
    static final String IANA_MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    /** DCAT 3 (2024); Jena's DCAT class has the DCAT 2 terms only. */
    static final Property version = p(DCAT.NS + "version");
    /** POWDER's describedby, the link CSV on the Web uses from a CSV file to its metadata file. */
    static final Property describedby = p("http://www.w3.org/2007/05/powder-s#describedby");

    static final Resource Checksum = r(SPDX + "Checksum");
    static final Property checksum = p(SPDX + "checksum");
    static final Property algorithm = p(SPDX + "algorithm");
    static final Property checksumValue = p(SPDX + "checksumValue");
    static final Resource checksumAlgorithm_sha256 = r(SPDX + "checksumAlgorithm_sha256");

    static final Resource ACCESS_PUBLIC = r(EU_AUTHORITY + "access-right/PUBLIC");
    static final Resource THEME_GOVERNMENT = r(EU_AUTHORITY + "data-theme/GOVE");
    static final Resource THEME_TAXONOMY = r(EU_AUTHORITY + "data-theme");
    static final Resource COUNTRY_NETHERLANDS = r(EU_AUTHORITY + "country/NLD");
    static final Resource LANGUAGE_DUTCH = r(EU_AUTHORITY + "language/NLD");
    static final Resource LANGUAGE_ENGLISH = r(EU_AUTHORITY + "language/ENG");
    static final Resource FILE_TYPE_GZIP = r(EU_AUTHORITY + "file-type/GZIP");
    /** CC0 1.0: the Tweede Kamer publishes its open data in the public domain; DCAT-AP-NL asks for a Creative Commons IRI. */
    static final Resource CC0 = r("http://creativecommons.org/publicdomain/zero/1.0/");
    static final Resource CC0_EU = r(EU_AUTHORITY + "licence/CC0");
    static final Resource LICENCE_TYPE_PUBLIC_DOMAIN = r("http://purl.org/adms/licencetype/PublicDomain");
    static final Resource PUBLISHER_TYPE_NATIONAL = r("http://purl.org/adms/publishertype/NationalAuthority");
    static final Resource SPARQL_PROTOCOL = r("https://www.w3.org/TR/sparql11-protocol/");

    private DistributionVocab() {}

    static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }

    static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
