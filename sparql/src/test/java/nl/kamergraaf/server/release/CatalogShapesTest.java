package nl.kamergraaf.server.release;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalog a release is written with passes the DCAT-AP-NL mandatory-property shapes; one that lacks one fails. */
// slow: writes a whole release of data/ to validate its catalog; ReleaseWriterTest reads the same catalog
// file in the quick loop.
@Tag("slow")
class CatalogShapesTest {
    @TempDir
    static Path tmp;

    static DatasetGraph store;
    static Path catalogFile;

    @BeforeAll
    static void writeARelease() throws Exception {
        store = MappedStore.create(tmp.resolve("store"));
        ReleaseWriter.Release release = new ReleaseWriter(store, Publication.at(MappedStore.BASE))
                .write(new ReleaseDirectory(tmp.resolve("dumps")));
        catalogFile = release.folder().resolve(ReleaseDirectory.CATALOG);
    }

    @AfterAll
    static void close() {
        if (store != null) TDBInternal.expel(store);
    }

    private static Model catalog() {
        return RDFDataMgr.loadModel(catalogFile.toString());
    }

    private static Resource only(Model m, Resource type) {
        return m.listResourcesWithProperty(RDF.type, type).toList().get(0);
    }

    private static Set<String> violations(ValidationReport report) {
        Set<String> paths = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) paths.add(e.focusNode().getURI() + " " + e.resultPath());
        return paths;
    }

    @Test
    void theWrittenCatalogConformsToEveryShape() {
        ValidationReport report = DcatApNlShapes.validate(catalog());
        assertTrue(report.conforms(), () -> "Violations: " + report.getEntries());
    }

    @Test
    void theShapesCoverEachClassOfTheCatalogWithOneNodeShape() {
        Model shapes = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(DcatApNlShapes.graph());
        Set<String> targets = new TreeSet<>();
        shapes.listObjectsOfProperty(shapes.createProperty("http://www.w3.org/ns/shacl#targetClass"))
                .forEachRemaining(n -> targets.add(n.asResource().getURI()));
        assertTrue(targets.containsAll(Set.of(DCAT.Catalog.getURI(), DCAT.Dataset.getURI(),
                DCAT.Distribution.getURI(), DCAT.DataService.getURI(),
                FOAF.Agent.getURI(), VCARD4.Kind.getURI(),
                DistributionVocab.Checksum.getURI(), DCTerms.PeriodOfTime.getURI())), targets.toString());
    }

    /** The properties DCAT-AP-NL requires, each with the class whose shape requires it. */
    static Stream<Arguments> requiredProperties() {
        return Stream.of(
                arguments(named("dataset", DCAT.Dataset), named("access rights", DCTerms.accessRights)),
                arguments(named("dataset", DCAT.Dataset), named("a theme", DCAT.theme)),
                arguments(named("data service", DCAT.DataService), named("an endpoint URL", DCAT.endpointURL)),
                arguments(named("catalog", DCAT.Catalog), named("a contact point", DCAT.contactPoint)),
                arguments(named("distribution", DCAT.Distribution), named("a licence", DCTerms.license)));
    }

    @ParameterizedTest(name = "a {0} without {1} fails the {0} shape")
    @MethodSource("requiredProperties")
    void aThingWithoutAPropertyItsShapeRequiresFailsTheShape(Resource type, Property property) {
        assertFailsWithout(type, property);
    }

    @Test
    void aDatasetWhoseOnlyTitleIsDutchFailsForWantOfAnEnglishTitle() {
        Model m = catalog();
        Resource dataset = only(m, DCAT.Dataset);
        m.listStatements(dataset, DCTerms.title, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                .filter(s -> "en".equals(s.getLanguage())).forEach(m::remove);
        ValidationReport report = DcatApNlShapes.validate(m);
        assertFalse(report.conforms());
        assertTrue(violations(report).contains(dataset.getURI() + " <" + DCTerms.title.getURI() + ">"), violations(report).toString());
    }

    private static void assertFailsWithout(Resource type, Property property) {
        Model m = catalog();
        Resource focus = only(m, type);
        assertTrue(m.contains(focus, property), "the written catalog has " + property);
        m.removeAll(focus, property, null);
        ValidationReport report = DcatApNlShapes.validate(m);
        assertFalse(report.conforms(), "a " + type.getLocalName() + " without " + property.getLocalName() + " passed");
        assertTrue(violations(report).contains(focus.getURI() + " <" + property.getURI() + ">"), violations(report).toString());
    }
}
