package nl.kamergraaf.server.release;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog a release is written with passes the DCAT-AP-NL mandatory-property shapes; one that lacks one fails. */
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
        assertTrue(targets.containsAll(Set.of(DistributionVocab.Catalog.getURI(), DistributionVocab.Dataset.getURI(),
                DistributionVocab.Distribution.getURI(), DistributionVocab.DataService.getURI(),
                DistributionVocab.FoafAgent.getURI(), DistributionVocab.VcardKind.getURI(),
                DistributionVocab.Checksum.getURI(), DistributionVocab.PeriodOfTime.getURI())), targets.toString());
    }

    @Test
    void aDatasetWithoutAccessRightsFailsTheDatasetShape() {
        assertFailsWithout(DistributionVocab.Dataset, DCTerms.accessRights);
    }

    @Test
    void aDatasetWithoutAThemeFailsTheDatasetShape() {
        assertFailsWithout(DistributionVocab.Dataset, DistributionVocab.theme);
    }

    @Test
    void aDataServiceWithoutAnEndpointUrlFailsTheDataServiceShape() {
        assertFailsWithout(DistributionVocab.DataService, DistributionVocab.endpointURL);
    }

    @Test
    void aCatalogWithoutAContactPointFailsTheCatalogShape() {
        assertFailsWithout(DistributionVocab.Catalog, DistributionVocab.contactPoint);
    }

    @Test
    void aDistributionWithoutALicenceFailsTheDistributionShape() {
        Model m = catalog();
        Resource distribution = only(m, DistributionVocab.Distribution);
        m.removeAll(distribution, DCTerms.license, null);
        ValidationReport report = DcatApNlShapes.validate(m);
        assertFalse(report.conforms());
        assertTrue(violations(report).contains(distribution.getURI() + " <" + DCTerms.license.getURI() + ">"), violations(report).toString());
    }

    @Test
    void aDatasetWhoseOnlyTitleIsDutchFailsForWantOfAnEnglishTitle() {
        Model m = catalog();
        Resource dataset = only(m, DistributionVocab.Dataset);
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
