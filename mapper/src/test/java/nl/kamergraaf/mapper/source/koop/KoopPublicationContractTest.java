package nl.kamergraaf.mapper.source.koop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.ProjectFiles;
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

    KoopPublicationContractTest() {
        super(KoopPublicationSourceMapper::new, Format.KOOP_XML, KAMERSTUKKEN_WITH_TEXT,
                new LargeInput(GeneratedPublications.class, 400, 32, 10), "officiele-publicatie");
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
        mapLongPublication("too-big.xml", new KoopPublicationSourceMapper(20_000, 1_000_000), ".*more than the limit of 20000.*");
    }

    @Test
    void textOverTheCharacterCapIsRefused() throws IOException {
        mapLongPublication("too-much-text.xml", new KoopPublicationSourceMapper(1_000_000, 10_000), ".*limit of 10000 characters.*");
    }

    /** Maps a publication of 30,000 characters of text (about as many bytes) with the given limits. */
    private void mapLongPublication(String fileName, KoopPublicationSourceMapper limited, String reasonPattern) throws IOException {
        String big = publication("", "MOTIE").replace("<al>De Kamer,</al>", "<al>" + "x".repeat(30_000) + "</al>");
        Path in = in();
        check(badBesideGood(in, fileName, big, reasonPattern), map(limited, in));
    }

    /** Writes the bad file beside a copy of a real publication; the bad one is reported as its file's stem. */
    private static BadInput badBesideGood(Path in, String fileName, String content, String reasonPattern) throws IOException {
        Path bad = Files.writeString(in.resolve(fileName), content, StandardCharsets.UTF_8);
        return besideRealFile(bad, good(), fileName.replace(".xml", ""), reasonPattern, GOOD_KAMERSTUK);
    }

    private static Path good() {
        return ProjectFiles.tkOpenData("publicaties").resolve(GOOD);
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
