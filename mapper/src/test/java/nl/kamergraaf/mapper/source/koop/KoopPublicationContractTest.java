package nl.kamergraaf.mapper.source.koop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.spi.SourceMapper;
import nl.kamergraaf.mapper.spi.BadInput;
import nl.kamergraaf.mapper.spi.FormatSamples.Format;
import nl.kamergraaf.mapper.spi.LargeInput;
import nl.kamergraaf.mapper.spi.XmlSourceMapperContract;

/**
 * The source-mapper contract for KOOP publication XML, and the bad input only publications have (no kamerstuk, a stuk
 * number that is no number, over the size or text limits). One file is one record: each bad file is reported with its
 * name, record (the file's stem) and reason and skipped, while a real publication beside it is still mapped. Any
 * DOCTYPE is refused.
 */
class KoopPublicationContractTest extends XmlSourceMapperContract {
    static final String GOOD = "21b3d8b2-41b5-4fa9-ba9f-124f15fe80bc.xml";
    private static final String GOOD_KAMERSTUK = "21501-30-667";

    @Override
    protected SourceMapper format() {
        return new KoopPublicationSourceMapper();
    }

    @Override
    protected Format samples() {
        return Format.KOOP_XML;
    }

    @Override
    protected String rootElement() {
        return "officiele-publicatie";
    }

    /** The kamerstukken that have their text. */
    @Override
    protected List<String> mappedGoodRecords(MappingRun run) {
        return run.column("SELECT DISTINCT ?k WHERE { ?k a kg:Kamerstuk ; kg:tekst ?t } ORDER BY ?k", "k").stream()
                .map(iri -> iri.substring(iri.lastIndexOf('/') + 1)).toList();
    }

    @Override
    protected BadInput malformedRecordBesideGoodOnes(Path in) throws IOException {
        return badBesideGood(in, "malformed.xml", publication("", "MOTIE").replace("</titel>", "</tietel>"), "malformed XML at line.*");
    }

    @Override
    protected BadInput fileCutOff(Path in) throws IOException {
        String whole = Files.readString(good(), StandardCharsets.UTF_8);
        return badBesideGood(in, "cut-off.xml", whole.substring(0, whole.length() / 2), "malformed XML.*");
    }

    @Override
    protected BadInput hostile(Path in, HostileDoctype kind, String doctype) throws IOException {
        return badBesideGood(in, "xxe-" + kind.name().toLowerCase() + ".xml", publication(doctype, kind.reference), ".*DOCTYPE.*");
    }

    @Override
    protected LargeInput largeInput() {
        return new LargeInput(GeneratedPublications.class, 400, 32, 10);
    }

    @Test
    void aPublicationThatIsNoKamerstukIsReported() throws IOException {
        String xml = "<?xml version=\"1.0\"?><officiele-publicatie><metadata/><handelingen/></officiele-publicatie>";
        Path in = in();
        mapExpecting(badBesideGood(in, "handelingen.xml", xml, ".*not a kamerstuk publication.*"), in);
    }

    @Test
    void aStukNumberThatIsNoNumberIsReportedWithItsField() throws IOException {
        String xml = publication("", "MOTIE").replace("<ondernummer>99</ondernummer>", "<ondernummer>negen</ondernummer>");
        Path in = in();
        MappingProblem p = mapExpecting(badBesideGood(in, "bad-number.xml", xml, ".*'negen'.*"), in);
        assertEquals("ondernummer", p.field());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        String big = publication("", "MOTIE").replace("<al>De Kamer,</al>", "<al>" + "x".repeat(30_000) + "</al>");
        Path in = in();
        BadInput expected = badBesideGood(in, "too-big.xml", big, ".*more than the limit of 20000.*");
        check(expected, map(new KoopPublicationSourceMapper(20_000, 1_000_000), in));
    }

    @Test
    void textOverTheCharacterCapIsRefused() throws IOException {
        String big = publication("", "MOTIE").replace("<al>De Kamer,</al>", "<al>" + "x".repeat(30_000) + "</al>");
        Path in = in();
        BadInput expected = badBesideGood(in, "too-much-text.xml", big, ".*limit of 10000 characters.*");
        check(expected, map(new KoopPublicationSourceMapper(1_000_000, 10_000), in));
    }

    /** Writes the bad file and a copy of a real publication beside it; the bad one is reported as its file's stem. */
    private static BadInput badBesideGood(Path in, String fileName, String content, String reasonPattern) throws IOException {
        Files.copy(good(), in.resolve(GOOD));
        Path file = Files.writeString(in.resolve(fileName), content, StandardCharsets.UTF_8);
        return BadInput.reported(file, fileName.replace(".xml", ""), reasonPattern, List.of(GOOD_KAMERSTUK));
    }

    private static Path good() {
        return ProjectFiles.dataDir().resolve("tk-opendata/publicaties").resolve(GOOD);
    }

    /** A small motion publication, kamerstuk 36600-XIII-99, with {@code titel} as its title. */
    static String publication(String doctype, String titel) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n<officiele-publicatie>"
                + "<metadata><meta name=\"DC.identifier\" content=\"kst-36600-XIII-99\"/></metadata><kamerstuk>"
                + "<dossier><dossiernummer><dossiernr>36 600</dossiernr><begrotingshoofdstuk>XIII</begrotingshoofdstuk>"
                + "</dossiernummer></dossier><stuk><stuknr>Nr. <ondernummer>99</ondernummer></stuknr><titel>" + titel
                + "</titel><algemeen><vrije-tekst><tekst><al>De Kamer,</al></tekst></vrije-tekst></algemeen></stuk>"
                + "</kamerstuk></officiele-publicatie>";
    }
}
