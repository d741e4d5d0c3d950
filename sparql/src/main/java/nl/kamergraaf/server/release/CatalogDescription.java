package nl.kamergraaf.server.release;

import java.time.LocalDate;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

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

        catalog.addProperty(RDF.type, Catalog)
                .addProperty(DCTerms.title, "Kamergraaf-catalogus", "nl")
                .addProperty(DCTerms.title, "Kamergraaf catalogue", "en")
                .addProperty(DCTerms.description, "Catalogus van Kamergraaf: de open data van de Tweede Kamer der "
                        + "Staten-Generaal als linked data, met dumps en een SPARQL-endpoint.", "nl")
                .addProperty(DCTerms.description, "Catalogue of Kamergraaf: the open data of the Dutch House of "
                        + "Representatives as linked data, with dumps and a SPARQL endpoint.", "en")
                .addProperty(DCTerms.publisher, kamergraaf)
                .addProperty(DCTerms.creator, kamergraaf)
                .addProperty(contactPoint, contact)
                .addProperty(DistributionVocab.dataset, dataset)
                .addProperty(DistributionVocab.service, service)
                .addProperty(DCTerms.license, CC0)
                .addProperty(DCTerms.language, LANGUAGE_DUTCH)
                .addProperty(DCTerms.language, LANGUAGE_ENGLISH)
                .addProperty(DCTerms.spatial, COUNTRY_NETHERLANDS)
                .addProperty(themeTaxonomy, THEME_TAXONOMY)
                .addProperty(foafHomepage, publication.homepage(m))
                .addProperty(DCTerms.issued, issued)
                .addProperty(DCTerms.modified, modified);

        dataset.addProperty(RDF.type, Dataset)
                .addProperty(DCTerms.title, "Kamergraaf: de Tweede Kamer als linked data", "nl")
                .addProperty(DCTerms.title, "Kamergraaf: the Dutch House of Representatives as linked data", "en")
                .addProperty(DCTerms.description, "Documenten, kamerstukdossiers, zaken, personen, fracties, moties en "
                        + "stemmingen van de Tweede Kamer, en waar documenten naar verwijzen, als RDF volgens de "
                        + "Kamergraaf-ontologie. Bron: het open-dataportaal van de Tweede Kamer (CC0).", "nl")
                .addProperty(DCTerms.description, "Documents, parliamentary dossiers, cases, persons, parliamentary "
                        + "groups, motions and votes of the Dutch House of Representatives, and what documents refer "
                        + "to, as RDF in the Kamergraaf ontology. Source: the House's open-data portal (CC0).", "en")
                .addProperty(DCTerms.identifier, dataset.getURI())
                .addProperty(DCTerms.publisher, kamergraaf)
                .addProperty(DCTerms.creator, kamer)
                .addProperty(contactPoint, contact)
                .addProperty(DCTerms.accessRights, ACCESS_PUBLIC)
                .addProperty(DCTerms.license, CC0)
                .addProperty(theme, THEME_GOVERNMENT)
                .addProperty(DCTerms.spatial, COUNTRY_NETHERLANDS)
                .addProperty(DCTerms.language, LANGUAGE_DUTCH)
                .addProperty(DCTerms.issued, issued)
                .addProperty(DCTerms.modified, modified)
                .addProperty(version, releaseId)
                .addProperty(DCTerms.conformsTo, m.createResource(nl.kamergraaf.vocab.KG.ONTOLOGY_IRI))
                .addProperty(DCTerms.source, m.createResource("https://opendata.tweedekamer.nl/"))
                .addProperty(landingPage, publication.homepage(m))
                .addProperty(keyword, "Tweede Kamer", "nl")
                .addProperty(keyword, "parlement", "nl")
                .addProperty(keyword, "parliament", "en")
                .addProperty(keyword, "linked data", "en");
        if (stats.firstDate().isPresent() || stats.lastDate().isPresent()) {
            Resource period = publication.period(m).addProperty(RDF.type, PeriodOfTime);
            stats.firstDate().ifPresent(d -> period.addProperty(startDate, date(m, d)));
            stats.lastDate().ifPresent(d -> period.addProperty(endDate, date(m, d)));
            dataset.addProperty(DCTerms.temporal, period);
        }

        for (ReleaseFile file : files) {
            DumpFormat.ofFileName(file.name()).ifPresent(f -> dataset.addProperty(distribution,
                    distribution(m, releaseId, f, file, issued, service)));
        }

        service.addProperty(RDF.type, DataService)
                .addProperty(DCTerms.title, "Kamergraaf SPARQL-endpoint", "nl")
                .addProperty(DCTerms.title, "Kamergraaf SPARQL endpoint", "en")
                .addProperty(DCTerms.description, "Alleen-lezen SPARQL 1.1-endpoint over de hele graaf; de default "
                        + "graph is de vereniging van alle recordgraphs.", "nl")
                .addProperty(DCTerms.description, "Read-only SPARQL 1.1 endpoint over the whole graph; the default "
                        + "graph is the union of all record graphs.", "en")
                .addProperty(DCTerms.identifier, service.getURI())
                .addProperty(endpointURL, publication.sparqlEndpoint(m))
                .addProperty(endpointDescription, publication.voidDocument(m))
                .addProperty(DCTerms.conformsTo, SPARQL_PROTOCOL)
                .addProperty(servesDataset, dataset)
                .addProperty(DCTerms.publisher, kamergraaf)
                .addProperty(contactPoint, contact)
                .addProperty(DCTerms.accessRights, ACCESS_PUBLIC)
                .addProperty(DCTerms.license, CC0)
                .addProperty(theme, THEME_GOVERNMENT);

        kamer.addProperty(RDF.type, FoafAgent).addProperty(RDF.type, FoafOrganization)
                .addProperty(foafName, "Tweede Kamer der Staten-Generaal", "nl")
                .addProperty(foafName, "House of Representatives of the Netherlands", "en")
                .addProperty(foafHomepage, m.createResource("https://www.tweedekamer.nl/"))
                .addProperty(DCTerms.type, PUBLISHER_TYPE_NATIONAL);
        kamergraaf.addProperty(RDF.type, FoafAgent).addProperty(RDF.type, FoafOrganization)
                .addProperty(foafName, "Kamergraaf", "nl")
                .addProperty(foafName, "Kamergraaf", "en")
                .addProperty(foafHomepage, publication.homepage(m));
        contact.addProperty(RDF.type, VcardKind).addProperty(RDF.type, VcardOrganization)
                .addProperty(vcardFn, "Kamergraaf")
                .addProperty(vcardHasURL, publication.homepage(m));
        m.createResource(CC0.getURI()).addProperty(RDF.type, LicenseDocument)
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
        Resource d = publication.distribution(m, releaseId, f)
                .addProperty(RDF.type, Distribution)
                .addProperty(DCTerms.title, f.fileName() + " (release " + releaseId + ")", "nl")
                .addProperty(DCTerms.title, f.fileName() + " (release " + releaseId + ")", "en")
                .addProperty(DCTerms.description, f.descriptionNl(), "nl")
                .addProperty(DCTerms.description, f.descriptionEn(), "en")
                .addProperty(accessURL, download)
                .addProperty(downloadURL, download)
                .addProperty(DCTerms.format, m.createResource(f.euFileTypeIri()))
                .addProperty(mediaType, m.createResource(IANA_MEDIA_TYPES + f.mediaType()))
                .addProperty(byteSize, m.createTypedLiteral(Long.toString(file.bytes()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(DistributionVocab.checksum, checksum)
                .addProperty(DCTerms.license, CC0)
                .addProperty(DCTerms.issued, issued);
        if (f.gzipped()) {
            d.addProperty(compressFormat, m.createResource(IANA_MEDIA_TYPES + "application/gzip"));
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

    static Literal date(Model m, LocalDate date) {
        return m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }
}
