package nl.kamergraaf.mapper.source.syncfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.spi.BadInput;
import nl.kamergraaf.mapper.spi.FormatSamples.Format;
import nl.kamergraaf.mapper.spi.LargeInput;
import nl.kamergraaf.mapper.spi.XmlSourceMapperContract;

/**
 * The source-mapper contract for SyncFeed XML, and the bad input only its entries have. Each case is reported with
 * file, entry (position and Id) and reason, and the good entries of the same file are mapped (all of them when the
 * XML stays well-formed; those before the break when it does not). A DOCTYPE is passed over unprocessed, so an entity
 * it declares stays undeclared and its use is malformed XML. The good entries are the five real Zaak entries of
 * data/tk-opendata/syncfeed/Zaak-40117001.xml.
 */
class SyncFeedContractTest extends XmlSourceMapperContract {
    private static final Pattern ENTRY = Pattern.compile("(?s)  <entry>.*?</entry>\n");
    private static final Pattern NUMMER = Pattern.compile("<nummer>([^<]+)</nummer>");
    private static final Pattern ID = Pattern.compile("<title type=\"text\">([^<]+)</title>");

    private String head;
    private List<String> entries;

    SyncFeedContractTest() {
        super(SyncFeedSourceMapper::new, Format.SYNCFEED_XML, ZAAKNUMMERS, new LargeInput(GeneratedBesluitFeed.class, 250_000, 128, 10), "feed");
    }

    @BeforeEach
    void readRealPage() throws IOException {
        String page = Files.readString(ProjectFiles.tkOpenData("syncfeed").resolve("Zaak-40117001.xml"));
        Matcher m = ENTRY.matcher(page);
        entries = new ArrayList<>();
        while (m.find()) entries.add(m.group());
        head = page.substring(0, page.indexOf("  <entry>"));
        assertEquals(5, entries.size());
    }

    @Override
    protected BadInput malformedRecordBesideGoodOnes(Path in) throws IOException {
        String broken = entries.get(2).replaceFirst("</onderwerp>", "</titel>");
        Path file = write(in, "malformed.xml", feed(entries.get(0), entries.get(1), broken, entries.get(3)));
        return BadInput.reported(file, "3", "malformed XML inside entry 3 at line .*"
                + "must be terminated by the matching end-tag.*2 entries before it mapped", nummers(0, 1));
    }

    @Override
    protected BadInput fileCutOff(Path in) throws IOException {
        String whole = feed(entries.get(0), entries.get(1), entries.get(2), entries.get(3));
        int cut = whole.indexOf("<onderwerp>", whole.indexOf(id(3))) + 20;
        Path file = write(in, "cut.xml", whole.substring(0, cut));
        return BadInput.reported(file, "4", "\\Qcut off: the file ends inside entry 4 (line \\E.*", nummers(0, 1, 2));
    }

    @Override
    protected BadInput hostile(Path in, HostileDoctype kind, String doctype) throws IOException {
        String undeclared = ".*\\QThe entity \"" + kind.entity() + "\" was referenced, but not declared\\E.*";
        switch (kind) {
            case REMOTE_PARAMETER_ENTITY -> {
                // The DTD is not processed, so the entries stand as they are.
                write(in, "xxe-param.xml", withDoctype(doctype, feed(entries.get(0), entries.get(1))));
                return BadInput.clean(nummers(0, 1));
            }
            case REMOTE_DTD -> {
                String withEntity = entries.get(1).replaceFirst("<onderwerp>", "<onderwerp>" + kind.reference);
                Path file = write(in, "xxe-dtd.xml", withDoctype(doctype, feed(entries.get(0), withEntity)));
                return BadInput.reported(file, "2", undeclared, nummers(0));
            }
            case NESTED_ENTITIES -> {
                // The nested declarations push the Atom namespace out of the first 512 bytes the format is recognised
                // by: the file is reported as unrecognised and never read; a good page beside it is mapped.
                String bad = entries.get(2).replaceFirst("<onderwerp>", "<onderwerp>" + kind.reference);
                Path file = write(in, "laughs.xml", withDoctype(doctype, feed(entries.get(0), bad)));
                write(in, "good.xml", feed(entries.get(4)));
                return BadInput.reported(file, null, "unrecognised format: .*", nummers(4));
            }
            default -> {
                String bad = entries.get(2).replaceFirst("<onderwerp>", "<onderwerp>" + kind.reference);
                Path file = write(in, "xxe.xml", withDoctype(doctype, feed(entries.get(0), entries.get(1), bad, entries.get(3))));
                return BadInput.reported(file, "3", undeclared, nummers(0, 1));
            }
        }
    }

    @Test
    void aWrongTypeInAFieldIsReportedWithEntryIdAndFieldAndTheOtherEntriesAreMapped() throws IOException {
        String bad = entries.get(1).replaceFirst("<volgnummer>[^<]*</volgnummer>", "<volgnummer>zeven</volgnummer>");
        Path file = write(in(), "wrong-type.xml", feed(entries.get(0), bad, entries.get(2), entries.get(3), entries.get(4)));
        MappingProblem p = mapExpecting(BadInput.reported(file, "2 (Id " + id(1) + ")",
                "\\Qnot a valid Edm.Int32: 'zeven'\\E", nummers(0, 2, 3, 4)), in());
        assertEquals("Volgnummer", p.field());
    }

    @Test
    void anEntityWithoutIdIsReportedAndTheOtherEntriesAreMapped() throws IOException {
        String bad = entries.get(0).replaceFirst(" id=\"" + id(0) + "\"", "");
        Path file = write(in(), "missing-id.xml", feed(bad, entries.get(1), entries.get(2)));
        // The entry's title still names it.
        MappingProblem p = mapExpecting(BadInput.reported(file, "1 (Id " + id(0) + ")",
                "\\Qmissing id: the <zaak> entity has no id attribute\\E", nummers(1, 2)), in());
        assertEquals("id", p.field());
    }

    @Test
    void anUnknownEntityTypeIsReportedAndTheOtherEntriesAreMapped() throws IOException {
        String bad = entries.get(2).replace("<zaak ", "<planeet ").replace("</zaak>", "</planeet>");
        Path file = write(in(), "unknown-type.xml", feed(entries.get(0), entries.get(1), bad, entries.get(3)));
        mapExpecting(BadInput.reported(file, "3 (Id " + id(2) + ")",
                "\\Qunknown entity type <planeet>: not in the OData $metadata\\E", nummers(0, 1, 3)), in());
    }

    @Test
    void anEntityTypeKamergraafDoesNotMapIsReportedAndTheOtherEntriesAreMapped() throws IOException {
        String bad = entries.get(0).replace("<zaak ", "<toezegging ").replace("</zaak>", "</toezegging>")
                .replaceAll("<(nummer|soort|titel|citeertitel|alias|status|onderwerp|gestartOp|organisatie|grondslagvoorhang|termijn"
                        + "|vergaderjaar|volgnummer|huidigeBehandelstatus|afgedaan|grootProject|kabinetsappreciatie)[ >].*\n", "");
        Path file = write(in(), "unmapped-type.xml", feed(bad, entries.get(1)));
        mapExpecting(BadInput.reported(file, "1 (Id " + id(0) + ")",
                "\\Qentity type Toezegging is not mapped by Kamergraaf (yet)\\E", nummers(1)), in());
    }

    private String feed(String... chosen) {
        return head + String.join("", chosen) + "</feed>\n";
    }

    private String id(int entry) {
        Matcher m = ID.matcher(entries.get(entry));
        assertTrue(m.find());
        return m.group(1);
    }

    private List<String> nummers(int... chosen) {
        List<String> out = new ArrayList<>();
        for (int i : chosen) {
            Matcher m = NUMMER.matcher(entries.get(i));
            assertTrue(m.find());
            out.add(m.group(1));
        }
        return out;
    }

    private static Path write(Path in, String name, String content) throws IOException {
        return Files.writeString(in.resolve(name), content);
    }
}
