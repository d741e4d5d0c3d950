package nl.kamergraaf.vocab;

import static nl.kamergraaf.vocab.ShapesCheck.assertConforms;
import static nl.kamergraaf.vocab.ShapesCheck.assertReported;
import static nl.kamergraaf.vocab.ShapesCheck.assertShapesFileLoaded;
import static nl.kamergraaf.vocab.ShapesCheck.validate;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shapes of documenten-shapes.ttl: the files a kamerstuk is embodied in, as the body readers write them. */
class DocumentenShapesTest {
    private static final String PUBLICATIE = "http://localhost:3030/id/publicatie/kst-21501-30-667.xml";
    private static final String KAMERSTUK = "http://localhost:3030/id/kamerstuk/21501-30-667";
    /** A publication file, and the kamerstuk whose text was read from it. */
    private static final String DATA = """
            <http://localhost:3030/id/publicatie/kst-21501-30-667.xml> a kg:Publicatie , kg:Bestand ;
                rdfs:label "Publicatie kst-21501-30-667.xml"@nl ; kg:publicatiekenmerk "kst-21501-30-667" ;
                kg:bestandsformaat <http://publications.europa.eu/resource/authority/file-type/XML> ;
                kg:mediatype %s ; kg:publicatiedatum "2025-04-23"^^xsd:date .
            <http://localhost:3030/id/kamerstuk/21501-30-667> a kg:Kamerstuk ; kg:kamerstuknummer "21501-30-667" ;
                rdfs:label "Kamerstuk 21501-30-667"@nl ;
                kg:belichaamdIn <http://localhost:3030/id/publicatie/kst-21501-30-667.xml> ;
                kg:tekstbron <http://localhost:3030/id/publicatie/kst-21501-30-667.xml> .
            """;

    @Test
    void theDocumentenShapesFileIsLoaded() {
        assertShapesFileLoaded("documenten-shapes.ttl");
    }

    @Test
    void aPublicationFileAndItsKamerstukConform() {
        assertConforms(String.format(DATA, "\"application/xml\""));
    }

    @Test
    void aPublicationWithoutMediaTypeIsReported() {
        List<ShapeViolation> v = validate(String.format(DATA, "\"application/xml\"")
                .replace("kg:mediatype \"application/xml\" ;", ""));
        assertReported(v, PUBLICATIE, "kg:mediatype");
    }

    @Test
    void aPublicationDateAsTextIsADatatypeViolation() {
        List<ShapeViolation> v = validate(String.format(DATA, "\"application/xml\"")
                .replace("\"2025-04-23\"^^xsd:date", "\"23 april 2025\""));
        assertReported(v, PUBLICATIE, "kg:publicatiedatum");
    }

    @Test
    void aTextSourceThatIsNoFileIsReported() {
        List<ShapeViolation> v = validate(String.format(DATA, "\"application/xml\"")
                .replace("kg:tekstbron <http://localhost:3030/id/publicatie/kst-21501-30-667.xml>",
                        "kg:tekstbron <http://localhost:3030/id/publicatie/elders.xml>"));
        assertReported(v, KAMERSTUK, "kg:tekstbron");
    }

    @Test
    void aWordFileOutsideTheIriPatternAndWithAFormatOutsideTheEuTableIsReported() {
        List<ShapeViolation> v = validate("""
                <http://localhost:3030/id/bestand/Motie.PDF> a kg:Documentbestand , kg:Bestand ;
                    rdfs:label "Documentbestand Motie.PDF"@nl ; kg:mediatype "application/pdf" ;
                    kg:bestandsformaat <http://example.org/formats/pdf> .
                """);
        assertReported(v, "http://localhost:3030/id/bestand/Motie.PDF", null);
        assertReported(v, "http://localhost:3030/id/bestand/Motie.PDF", "kg:bestandsformaat");
    }
}
