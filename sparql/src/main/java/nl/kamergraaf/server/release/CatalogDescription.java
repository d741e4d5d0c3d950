package nl.kamergraaf.server.release;

import java.time.LocalDate;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

import static nl.kamergraaf.server.release.DistributionVocab.*;

/**
 * The DCAT-AP-NL 3.0 catalog of a release: the catalog, the dataset, one distribution per file (with size, SHA-256,
 * format, media type and licence; a CSV table conforms to and is described by the release's CSVW metadata file), the SPARQL endpoint as a data service, the agents and the contact point.
 * The shapes in {@code dcat-ap-nl-shapes.ttl} check it. Everything in it follows from the release and the data, so
 * the same data gives the same catalog.
 */
final class CatalogDescription {
    private final Publication publication;

    CatalogDescription(Publication publication) {
        this.publication = publication;
    }

    Model build(String releaseId, LocalDate releaseDate, DatasetStatistics stats, List<ReleaseFile> files) {
        Model m = ModelFactory.createDefaultModel();
        ReleasePrefixes.addTo(m);
        Resource catalog = publication.catalog(m);
        Resource dataset = publication.dataset(m);
        Resource service = publication.sparqlService(m);
        Resource kamer = publication.tweedeKamer(m);
        Resource kamergraaf = publication.kamergraaf(m);
        Resource contact = publication.contactPoint(m);
        Literal issued = date(m, releaseDate);
        Literal modified = date(m, stats.lastModified().orElse(releaseDate));

        titled(catalog, DCAT.Catalog, "Kamergraaf-catalogus", "Kamergraaf catalogue",
                "Catalogus van Kamergraaf: de open data van de Tweede Kamer der "
                        + "Staten-Generaal als linked data, met dumps en een SPARQL-endpoint.",
                "Catalogue of Kamergraaf: the open data of the Dutch House of "
                        + "Representatives as linked data, with dumps and a SPARQL endpoint.")
                .addProperty(DCTerms.publisher, kamergraaf)
                .addProperty(DCTerms.creator, kamergraaf)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, service)
                .addProperty(DCTerms.license, CC0)
                .addProperty(DCTerms.language, LANGUAGE_DUTCH)
                .addProperty(DCTerms.language, LANGUAGE_ENGLISH)
                .addProperty(DCTerms.spatial, COUNTRY_NETHERLANDS)
                .addProperty(DCAT.themeTaxonomy, THEME_TAXONOMY)
                .addProperty(FOAF.homepage, publication.homepage(m))
                .addProperty(DCTerms.issued, issued)
                .addProperty(DCTerms.modified, modified);

        titled(dataset, DCAT.Dataset, "Kamergraaf: de Tweede Kamer als linked data",
                "Kamergraaf: the Dutch House of Representatives as linked data",
                "Documenten, kamerstukdossiers, zaken, personen, fracties, moties en "
                        + "stemmingen van de Tweede Kamer, en waar documenten naar verwijzen, als RDF volgens de "
                        + "Kamergraaf-ontologie. Bron: het open-dataportaal van de Tweede Kamer (CC0).",
                "Documents, parliamentary dossiers, cases, persons, parliamentary "
                        + "groups, motions and votes of the Dutch House of Representatives, and what documents refer "
                        + "to, as RDF in the Kamergraaf ontology. Source: the House's open-data portal (CC0).")
                .addProperty(DCTerms.identifier, dataset.getURI())
                .addProperty(DCTerms.publisher, kamergraaf)
                .addProperty(DCTerms.creator, kamer)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCTerms.accessRights, ACCESS_PUBLIC)
                .addProperty(DCTerms.license, CC0)
                .addProperty(DCAT.theme, THEME_GOVERNMENT)
                .addProperty(DCTerms.spatial, COUNTRY_NETHERLANDS)
                .addProperty(DCTerms.language, LANGUAGE_DUTCH)
                .addProperty(DCTerms.issued, issued)
                .addProperty(DCTerms.modified, modified)
                .addProperty(version, releaseId)
                .addProperty(DCTerms.conformsTo, m.createResource(nl.kamergraaf.vocab.KG.ONTOLOGY_IRI))
                .addProperty(DCTerms.source, m.createResource("https://opendata.tweedekamer.nl/"))
                .addProperty(DCAT.landingPage, publication.homepage(m))
                .addProperty(DCAT.keyword, "Tweede Kamer", "nl")
                .addProperty(DCAT.keyword, "parlement", "nl")
                .addProperty(DCAT.keyword, "parliament", "en")
                .addProperty(DCAT.keyword, "linked data", "en");
        if (stats.firstDate().isPresent() || stats.lastDate().isPresent()) {
            Resource period = publication.period(m).addProperty(RDF.type, DCTerms.PeriodOfTime);
            stats.firstDate().ifPresent(d -> period.addProperty(DCAT.startDate, date(m, d)));
            stats.lastDate().ifPresent(d -> period.addProperty(DCAT.endDate, date(m, d)));
            dataset.addProperty(DCTerms.temporal, period);
        }

        for (ReleaseFile file : files) {
            DumpFormat.ofFileName(file.name()).ifPresent(f -> dataset.addProperty(DCAT.distribution,
                    distribution(m, releaseId, f, file, issued, service)));
        }

        titled(service, DCAT.DataService, "Kamergraaf SPARQL-endpoint", "Kamergraaf SPARQL endpoint",
                "Alleen-lezen SPARQL 1.1-endpoint over de hele graaf; de default "
                        + "graph is de vereniging van alle recordgraphs.",
                "Read-only SPARQL 1.1 endpoint over the whole graph; the default "
                        + "graph is the union of all record graphs.")
                .addProperty(DCTerms.identifier, service.getURI())
                .addProperty(DCAT.endpointURL, publication.sparqlEndpoint(m))
                .addProperty(DCAT.endpointDescription, publication.voidDocument(m))
                .addProperty(DCTerms.conformsTo, SPARQL_PROTOCOL)
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.publisher, kamergraaf)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCTerms.accessRights, ACCESS_PUBLIC)
                .addProperty(DCTerms.license, CC0)
                .addProperty(DCAT.theme, THEME_GOVERNMENT);

        kamer.addProperty(RDF.type, FOAF.Agent).addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, "Tweede Kamer der Staten-Generaal", "nl")
                .addProperty(FOAF.name, "House of Representatives of the Netherlands", "en")
                .addProperty(FOAF.homepage, m.createResource("https://www.tweedekamer.nl/"))
                .addProperty(DCTerms.type, PUBLISHER_TYPE_NATIONAL);
        kamergraaf.addProperty(RDF.type, FOAF.Agent).addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, "Kamergraaf", "nl")
                .addProperty(FOAF.name, "Kamergraaf", "en")
                .addProperty(FOAF.homepage, publication.homepage(m));
        contact.addProperty(RDF.type, VCARD4.Kind).addProperty(RDF.type, VCARD4.Organization)
                .addProperty(VCARD4.fn, "Kamergraaf")
                .addProperty(VCARD4.hasURL, publication.homepage(m));
        m.createResource(CC0.getURI()).addProperty(RDF.type, DCTerms.LicenseDocument)
                .addProperty(RDFS.label, "CC0 1.0 Universeel (publiek domein)", "nl")
                .addProperty(RDFS.label, "CC0 1.0 Universal (public domain)", "en")
                .addProperty(DCTerms.type, LICENCE_TYPE_PUBLIC_DOMAIN)
                .addProperty(SKOS.exactMatch, CC0_EU);
        return m;
    }

    private Resource distribution(Model m, String releaseId, DumpFormat f, ReleaseFile file, Literal issued, Resource service) {
        Resource download = publication.download(m, releaseId, f);
        Resource checksum = publication.checksum(m, releaseId, f)
                .addProperty(RDF.type, Checksum)
                .addProperty(algorithm, checksumAlgorithm_sha256)
                .addProperty(checksumValue, m.createTypedLiteral(file.sha256(), XSDDatatype.XSDhexBinary));
        String title = f.fileName() + " (release " + releaseId + ")";
        Resource d = titled(publication.distribution(m, releaseId, f), DCAT.Distribution, title, title,
                f.descriptionNl(), f.descriptionEn())
                .addProperty(DCAT.accessURL, download)
                .addProperty(DCAT.downloadURL, download)
                .addProperty(DCTerms.format, m.createResource(f.euFileTypeIri()))
                .addProperty(DCAT.mediaType, m.createResource(IANA_MEDIA_TYPES + f.mediaType()))
                .addProperty(DCAT.byteSize, m.createTypedLiteral(Long.toString(file.bytes()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(DistributionVocab.checksum, checksum)
                .addProperty(DCTerms.license, CC0)
                .addProperty(DCTerms.issued, issued);
        if (f.gzipped()) {
            d.addProperty(DCAT.compressFormat, m.createResource(IANA_MEDIA_TYPES + "application/gzip"));
        }
        if (f.content() == DumpFormat.Content.TABLE) {
            // The CSVW metadata is the schema of the table: its columns, datatypes and properties.
            Resource metadata = publication.download(m, releaseId, DumpFormat.TABLES_METADATA);
            d.addProperty(DCTerms.conformsTo, metadata).addProperty(describedby, metadata);
        } else if (f.content() == DumpFormat.Content.TABLE_METADATA) {
            d.addProperty(DCTerms.conformsTo, m.createResource(CsvwMetadata.CSVW_SPEC));
        }
        return d;
    }

    /** A catalog entry of {@code type} with its title and description in Dutch and in English, as DCAT-AP-NL asks. */
    private static Resource titled(Resource entry, Resource type, String titleNl, String titleEn, String descriptionNl,
                                   String descriptionEn) {
        return entry.addProperty(RDF.type, type)
                .addProperty(DCTerms.title, titleNl, "nl")
                .addProperty(DCTerms.title, titleEn, "en")
                .addProperty(DCTerms.description, descriptionNl, "nl")
                .addProperty(DCTerms.description, descriptionEn, "en");
    }

    static Literal date(Model m, LocalDate date) {
        return m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }
}
