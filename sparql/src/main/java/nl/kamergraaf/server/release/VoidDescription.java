package nl.kamergraaf.server.release;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import nl.kamergraaf.vocab.KG;

import static nl.kamergraaf.server.release.DistributionVocab.*;

/**
 * The VoID description of the dataset (the same resource the catalog calls a dcat:Dataset): its counts and
 * class/property partitions as {@link DatasetStatistics} measured them, the SPARQL endpoint, the URI space, the dump
 * links and example resources.
 */
final class VoidDescription {
    private final Publication publication;

    VoidDescription(Publication publication) {
        this.publication = publication;
    }

    Model build(String releaseId, DatasetStatistics stats, List<ReleaseFile> files) {
        Model m = ModelFactory.createDefaultModel();
        ReleasePrefixes.addTo(m);
        Resource dataset = publication.dataset(m);
        publication.voidDocument(m).addProperty(RDF.type, DatasetDescription)
                .addProperty(DCTerms.title, "VoID-beschrijving van Kamergraaf", "nl")
                .addProperty(DCTerms.title, "VoID description of Kamergraaf", "en")
                .addProperty(foafPrimaryTopic, dataset);
        dataset.addProperty(RDF.type, VoidDataset)
                .addProperty(DCTerms.title, "Kamergraaf: de Tweede Kamer als linked data", "nl")
                .addProperty(DCTerms.title, "Kamergraaf: the Dutch House of Representatives as linked data", "en")
                .addProperty(DCTerms.license, CC0)
                .addProperty(sparqlEndpoint, publication.sparqlEndpoint(m))
                .addProperty(uriSpace, publication.uriSpace())
                .addProperty(vocabulary, m.createResource(KG.NS))
                .addProperty(triples, count(m, stats.triples()))
                .addProperty(entities, count(m, stats.entities()))
                .addProperty(classes, count(m, stats.classes()))
                .addProperty(properties, count(m, stats.properties()))
                .addProperty(distinctSubjects, count(m, stats.distinctSubjects()))
                .addProperty(distinctObjects, count(m, stats.distinctObjects()));
        for (ReleaseFile file : files) {
            DumpFormat.ofFileName(file.name())
                    .filter(f -> f.content() == DumpFormat.Content.TRIPLES || f.content() == DumpFormat.Content.QUADS)
                    .ifPresent(f -> dataset.addProperty(dataDump, publication.download(m, releaseId, f)));
        }
        for (String example : stats.examples()) dataset.addProperty(exampleResource, m.createResource(example));
        int n = 0;
        for (Map.Entry<String, Long> e : stats.classPartitions().entrySet()) {
            dataset.addProperty(classPartition, publication.classPartition(m, ++n)
                    .addProperty(voidClass, m.createResource(e.getKey()))
                    .addProperty(entities, count(m, e.getValue())));
        }
        n = 0;
        for (Map.Entry<String, Long> e : stats.propertyPartitions().entrySet()) {
            dataset.addProperty(propertyPartition, publication.propertyPartition(m, ++n)
                    .addProperty(voidProperty, m.createResource(e.getKey()))
                    .addProperty(triples, count(m, e.getValue())));
        }
        return m;
    }

    private static Literal count(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }
}
