package nl.kamergraaf.server.release;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the catalog vocabularies (DCAT, VoID, SPDX, vCard, FOAF, ADMS) and the EU/IANA authority IRIs the
 * DCAT-AP-NL 3.0 catalog uses. Only standard terms: Kamergraaf adds no vocabulary of its own for distribution.
 */
final class DistributionVocab {
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** EU Publications Office authority tables, as DCAT-AP-NL 3.0 requires for these properties. */
    static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";
    static final String IANA_MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    static final Resource Catalog = r(DCAT + "Catalog");
    static final Resource Dataset = r(DCAT + "Dataset");
    static final Resource Distribution = r(DCAT + "Distribution");
    static final Resource DataService = r(DCAT + "DataService");
    static final Property dataset = p(DCAT + "dataset");
    static final Property service = p(DCAT + "service");
    static final Property distribution = p(DCAT + "distribution");
    static final Property contactPoint = p(DCAT + "contactPoint");
    static final Property theme = p(DCAT + "theme");
    static final Property themeTaxonomy = p(DCAT + "themeTaxonomy");
    static final Property keyword = p(DCAT + "keyword");
    static final Property landingPage = p(DCAT + "landingPage");
    static final Property version = p(DCAT + "version");
    static final Property accessURL = p(DCAT + "accessURL");
    static final Property downloadURL = p(DCAT + "downloadURL");
    static final Property accessService = p(DCAT + "accessService");
    /** POWDER's describedby, the link CSV on the Web uses from a CSV file to its metadata file. */
    static final Property describedby = p("http://www.w3.org/2007/05/powder-s#describedby");
    static final Property mediaType = p(DCAT + "mediaType");
    static final Property compressFormat = p(DCAT + "compressFormat");
    static final Property byteSize = p(DCAT + "byteSize");
    static final Property startDate = p(DCAT + "startDate");
    static final Property endDate = p(DCAT + "endDate");
    static final Property endpointURL = p(DCAT + "endpointURL");
    static final Property endpointDescription = p(DCAT + "endpointDescription");
    static final Property servesDataset = p(DCAT + "servesDataset");

    static final Resource PeriodOfTime = r(DCT + "PeriodOfTime");
    static final Resource LicenseDocument = r(DCT + "LicenseDocument");
    static final Resource Location = r(DCT + "Location");

    static final Resource VoidDataset = r(VOID + "Dataset");
    static final Resource DatasetDescription = r(VOID + "DatasetDescription");
    static final Property triples = p(VOID + "triples");
    static final Property entities = p(VOID + "entities");
    static final Property classes = p(VOID + "classes");
    static final Property properties = p(VOID + "properties");
    static final Property distinctSubjects = p(VOID + "distinctSubjects");
    static final Property distinctObjects = p(VOID + "distinctObjects");
    static final Property sparqlEndpoint = p(VOID + "sparqlEndpoint");
    static final Property uriSpace = p(VOID + "uriSpace");
    static final Property dataDump = p(VOID + "dataDump");
    static final Property exampleResource = p(VOID + "exampleResource");
    static final Property vocabulary = p(VOID + "vocabulary");
    static final Property classPartition = p(VOID + "classPartition");
    static final Property propertyPartition = p(VOID + "propertyPartition");
    static final Property voidClass = p(VOID + "class");
    static final Property voidProperty = p(VOID + "property");

    static final Resource Checksum = r(SPDX + "Checksum");
    static final Property checksum = p(SPDX + "checksum");
    static final Property algorithm = p(SPDX + "algorithm");
    static final Property checksumValue = p(SPDX + "checksumValue");
    static final Resource checksumAlgorithm_sha256 = r(SPDX + "checksumAlgorithm_sha256");

    static final Resource VcardKind = r(VCARD + "Kind");
    static final Resource VcardOrganization = r(VCARD + "Organization");
    static final Property vcardFn = p(VCARD + "fn");
    static final Property vcardHasURL = p(VCARD + "hasURL");

    static final Resource FoafAgent = r(FOAF + "Agent");
    static final Resource FoafOrganization = r(FOAF + "Organization");
    static final Resource FoafDocument = r(FOAF + "Document");
    static final Property foafName = p(FOAF + "name");
    static final Property foafHomepage = p(FOAF + "homepage");
    static final Property foafPrimaryTopic = p(FOAF + "primaryTopic");

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
