package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.entity.EntityWriter;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.directory.BundledPersons;
import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * The analyser over real document bodies: KOOP publication XML and .docx/.doc motions (test resources
 * publications/, copied from the reference data). The texts are taken out of the files as plainly as possible — the
 * real readers are elsewhere — and what the analyser makes of them is checked with SPARQL.
 */
class DocumentBodiesAnalysisTest {
    private static final String BASE = "http://localhost:3030";
    private static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/kamergraaf/def#>
            PREFIX kamerstuk: <http://localhost:3030/id/kamerstuk/>
            """;
    private static final UriMinter URIS = new UriMinter(BASE);
    private final DocumentTextAnalyzer analyzer = new DocumentTextAnalyzer(new EntityWriter(URIS),
            Gazetteer.load(ProjectFiles.dataDir().resolve("gazetteer/entiteiten.ttl"), BASE), BundledPersons.load());

    private DatasetGraph analyse(String kamerstukId, String ownDossier, List<String> passages) {
        Node subject = URIS.kamerstuk(kamerstukId);
        RecordBuffer out = new RecordBuffer(URIS.recordGraph("test", kamerstukId));
        analyzer.analyze("kst-" + kamerstukId, subject, passages, out, ownDossier);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        out.flushTo(StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static boolean ask(DatasetGraph dsg, String where) {
        try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + "ASK { GRAPH ?g { " + where + " } }",
                DatasetFactory.wrap(dsg))) {
            return qe.execAsk();
        }
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(DocumentBodiesAnalysisTest.class.getResourceAsStream("/publications/" + name), name);
    }

    /** The titles and paragraphs (al) of a KOOP publication, in document order. */
    private static List<String> koopPassages(String name) throws Exception {
        List<String> passages = new ArrayList<>();
        try (InputStream in = resource(name)) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT
                        && (r.getLocalName().equals("al") || r.getLocalName().equals("titel"))) {
                    passages.add(r.getElementText().strip());
                }
            }
        }
        return passages;
    }

    @Test
    void aKoopMotionCitesTheMotionItReplacesInItsOwnDossierAndNamesItsFirstSubmitter() throws Exception {
        // kst-19637-3384: "GEWIJZIGDE MOTIE VAN HET LID PODT C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 3370"
        DatasetGraph g = analyse("19637-3384", "19637", koopPassages("dfd9c46a-efb8-4f72-ac8d-47947e562944.xml"));
        assertTrue(ask(g, "kamerstuk:19637-3384 kg:citeert kamerstuk:19637-3370 . "
                + "?r kg:doel kamerstuk:19637-3370 ; kg:herkendDoor \"KamerstukCitationParser:eigen-dossier-nr\""));
        assertTrue(ask(g, "kamerstuk:19637-3384 kg:noemt ?p . ?p kg:achternaam \"Podt\" . "
                + "?r kg:doel ?p ; kg:herkendDoor \"PersonMentionParser:kop-in-hoofdletters\""));
    }

    @Test
    void aMotionNamedWithoutItsNumberIsNotCited() throws Exception {
        // kst-36600-I-8 (Van Nispen) speaks of "de aangenomen motie-Sneller" and "de motie Sneller" without a number.
        DatasetGraph g = analyse("36600-I-8", "36600-I", koopPassages("7fe3f590-45c7-48b9-922c-4bb90f597926.xml"));
        assertFalse(ask(g, "?d kg:citeert ?k"));
        assertTrue(ask(g, "kamerstuk:36600-I-8 kg:noemt ?p . ?p kg:achternaam \"Nispen\""));
    }

    @Test
    void aDocxMotionCitesTheNumberItReplaces() throws Exception {
        List<String> passages = new ArrayList<>();
        // The heading of a motion sits in a table, so the whole text is taken, not only the body paragraphs.
        try (XWPFDocument docx = new XWPFDocument(resource("09b97518-8d7c-4a90-a090-28e45bc44920.docx"));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            for (String line : text.getText().split("\\R")) {
                if (!line.isBlank()) passages.add(line.strip());
            }
        }
        // The heading of this document says "36 682", "Nr. 10".
        DatasetGraph g = analyse("36682-10", "36682", passages);
        assertTrue(ask(g, "kamerstuk:36682-10 kg:citeert kamerstuk:36682-8"));
        assertTrue(ask(g, "kamerstuk:36682-10 kg:noemt ?p . ?p kg:achternaam \"Claassen\""));
        assertFalse(ask(g, "kamerstuk:36682-10 kg:citeert ?k FILTER(?k != kamerstuk:36682-8)"), "the vergaderjaar 2024-2025 is no citation");
    }

    @Test
    void aMemberTheDataDoesNotHoldGetsNoLink() throws Exception {
        List<String> passages = new ArrayList<>();
        try (HWPFDocument doc = new HWPFDocument(resource("ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc"));
             WordExtractor text = new WordExtractor(doc)) {
            for (String p : text.getParagraphText()) {
                // Word 97 ends table cells with a BEL character.
                String clean = p.replaceAll("\\p{Cntrl}", " ").strip();
                if (!clean.isEmpty()) passages.add(clean);
            }
        }
        // 31951 nr. 17, "MOTIE VAN HET LID VERDONK" (2009): Verdonk is not among the bundled persons.
        assertTrue(passages.contains("MOTIE VAN HET LID VERDONK"));
        DatasetGraph g = analyse("31951-17", "31951", passages);
        assertFalse(ask(g, "?d kg:noemt ?p . ?p a kg:Persoon"));
        assertFalse(ask(g, "?d kg:citeert ?k"));
    }
}
