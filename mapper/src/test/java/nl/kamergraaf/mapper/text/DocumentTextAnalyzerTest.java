package nl.kamergraaf.mapper.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.entity.EntityWriter;
import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.directory.BundledPersons;
import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.directory.PostDirectory;
import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * The analyser end to end on real sentences: the bundled persons and gazetteer, the quads of one record loaded into a
 * Jena dataset, and what it says checked with SPARQL.
 */
class DocumentTextAnalyzerTest {
    private static final String BASE = "http://localhost:3030";
    private static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/kamergraaf/def#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX doc: <http://localhost:3030/id/document/>
            PREFIX kamerstuk: <http://localhost:3030/id/kamerstuk/>
            PREFIX persoon: <http://localhost:3030/id/persoon/>
            """;
    private static final UriMinter URIS = new UriMinter(BASE);
    private final PersonDirectory persons = BundledPersons.load();
    private final PostDirectory posts = new PostDirectory();
    private final DocumentTextAnalyzer analyzer = new DocumentTextAnalyzer(new EntityWriter(URIS),
            Gazetteer.load(ProjectFiles.dataDir().resolve("gazetteer/entiteiten.ttl"), BASE), persons, posts);

    private DatasetGraph analyse(String... passages) {
        return analyseOn(null, passages);
    }

    private DatasetGraph analyseOn(LocalDate date, String... passages) {
        Node doc = URIS.document("2024D50227");
        RecordBuffer out = new RecordBuffer(URIS.recordGraph("test", "2024D50227"));
        analyzer.analyze("2024D50227", doc, List.of(passages), out, null, date);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        out.flushTo(StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static boolean ask(DatasetGraph dsg, String query) {
        try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + query, DatasetFactory.wrap(dsg))) {
            return qe.execAsk();
        }
    }

    private static long count(DatasetGraph dsg, String where) {
        try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + "SELECT (COUNT(*) AS ?n) { " + where + " }",
                DatasetFactory.wrap(dsg))) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void theSeedMotionGetsItsTwoSubmittersAndSaysWhereAndHowItWasFound() {
        DatasetGraph g = analyse("hebben de leden Zeedijk en Dassen de regering verzocht voor het einde van het jaar de "
                + "doelstellingen aan de Kamer te rapporten (Motie kamerleden Zeedijk en Dassen, Kamerstuk 36 600 XIII, nr. 29). "
                + "Middels deze brief wil ik u meenemen.");
        assertTrue(ask(g, """
                ASK { GRAPH ?g {
                  doc:2024D50227 kg:citeert kamerstuk:36600-XIII-29 .
                  kamerstuk:36600-XIII-29 a kg:Motie ;
                      kg:indiener persoon:7af39711-d57a-490f-86c9-26ea532e8ed0 , persoon:a68468b6-51ea-440c-9387-b44ba10ad8b6 .
                  ?r kg:doel kamerstuk:36600-XIII-29 ; kg:herkendDoor "MotionReferenceParser:motie-van-leden-direct" ;
                     kg:gevondenIn ?s .
                  FILTER(STRENDS(STR(?s), "Kamerstuk 36 600 XIII, nr. 29).")) } }"""));
        assertTrue(ask(g, """
                ASK { GRAPH ?g { ?r kg:doel persoon:7af39711-d57a-490f-86c9-26ea532e8ed0 ;
                                    kg:herkendDoor "PersonMentionParser:lid-naam" ; kg:verwijzingstekst "Zeedijk" } }"""));
    }

    @Test
    void anAmbiguousSurnameLeavesNoPersonLinkButARoepnaamDoes() {
        DatasetGraph ambiguous = analyse("Aangevraagd door het lid Van Dijk tijdens de regeling van werkzaamheden.");
        assertEquals(0, count(ambiguous, "GRAPH ?g { doc:2024D50227 kg:noemt ?p . ?p a kg:Persoon }"));
        DatasetGraph named = analyse("Gewijzigde motie van de leden Inge van Dijk en Dassen over Invest-NL.");
        assertEquals(2, count(named, "GRAPH ?g { doc:2024D50227 kg:noemt ?p . ?p a kg:Persoon }"));
        assertTrue(ask(named, "ASK { GRAPH ?g { doc:2024D50227 kg:noemt ?p . ?p kg:naam \"I. van Dijk\" } }"));
    }

    @Test
    void aModifiedMotionCitesTheOneItReplacesWithoutMakingItsSubmittersItsIndieners() {
        DatasetGraph g = analyse("Gewijzigde motie van de leden Martens-America en Paternotte over het ledencriterium "
                + "als enige criterium loslaten voor omroepen (t.v.v. 36600-VIII-120)");
        assertTrue(ask(g, "ASK { GRAPH ?g { doc:2024D50227 kg:citeert kamerstuk:36600-VIII-120 } }"));
        assertFalse(ask(g, "ASK { GRAPH ?g { ?k kg:indiener ?p } }"));
    }

    @Test
    void aMinisterByFunctionIsThePostOfTheMinistryAndNoPerson() {
        DatasetGraph g = analyse("Het lid Faddegon doet het voorstel de minister van Financiën te vragen om spoed.");
        assertTrue(ask(g, """
                ASK { GRAPH ?g { doc:2024D50227 kg:noemt ?post .
                  ?post a kg:Post ; rdfs:label "Minister van Financiën"@nl ;
                        kg:functieIn <https://identifier.overheid.nl/tooi/id/ministerie/mnre1090> .
                  FILTER NOT EXISTS { ?post kg:bekleedDoor ?p } } }"""));
    }

    @Test
    void aMinisterByFunctionIsTheHolderOnTheDocumentsDateWhenExactlyOneHeldIt() {
        // Two holdings of one post, as the data of a post's holders would give them; the person ids are the bundled ones.
        PersonDirectory.Person first = persons.resolve("Dassen").orElseThrow();
        PersonDirectory.Person second = persons.resolve("Zeedijk").orElseThrow();
        posts.add("minister van Financiën", first, LocalDate.of(2022, 1, 10), LocalDate.of(2024, 7, 1));
        posts.add("minister van Financiën", second, LocalDate.of(2024, 7, 2), null);
        String sentence = "Het lid Faddegon doet het voorstel de minister van Financiën te vragen om spoed.";
        String holder = """
                ASK { GRAPH ?g { ?post rdfs:label "Minister van Financiën"@nl ; kg:bekleedDoor persoon:%s .
                  doc:2024D50227 kg:noemt persoon:%s .
                  ?r kg:doel persoon:%s ; kg:herkendDoor "PostMentionFinder:bekleder-op-datum" } }""";
        assertTrue(ask(analyseOn(LocalDate.of(2023, 5, 1), sentence), holder.formatted(first.id(), first.id(), first.id())));
        assertTrue(ask(analyseOn(LocalDate.of(2024, 12, 16), sentence), holder.formatted(second.id(), second.id(), second.id())));
        assertFalse(ask(analyseOn(LocalDate.of(2021, 1, 1), sentence), "ASK { GRAPH ?g { ?post kg:bekleedDoor ?p } }"));
    }

    @Test
    void twoHoldersOnOneDateGiveThePostAndNoPerson() {
        posts.add("minister van Financiën", persons.resolve("Dassen").orElseThrow(), LocalDate.of(2024, 1, 1), null);
        posts.add("minister van Financiën", persons.resolve("Zeedijk").orElseThrow(), LocalDate.of(2024, 1, 1), null);
        DatasetGraph g = analyseOn(LocalDate.of(2024, 6, 1), "de minister van Financiën schreef.");
        assertTrue(ask(g, "ASK { GRAPH ?g { doc:2024D50227 kg:noemt ?post . ?post a kg:Post } }"));
        assertFalse(ask(g, "ASK { GRAPH ?g { ?post kg:bekleedDoor ?p } }"));
    }

    @Test
    void aHandelingenItemIsCitedAsItsOwnResource() {
        DatasetGraph g = analyse("Zoals ik zei (Handelingen II 2023/24, nr. 35, item 12), volgt een brief.");
        assertTrue(ask(g, """
                ASK { GRAPH ?g { doc:2024D50227 kg:citeert <http://localhost:3030/id/handelingen/h-tk-20232024-35-12> .
                  <http://localhost:3030/id/handelingen/h-tk-20232024-35-12> a kg:Handelingen ;
                      rdfs:seeAlso <https://zoek.officielebekendmakingen.nl/h-tk-20232024-35-12.html> } }"""));
    }

    @Test
    void gazetteerEntitiesOfTheBundledDocumentsAreMentionedByTheirOwnIris() {
        DatasetGraph g = analyse("Beslisnota bij Verslag van een schriftelijk overleg over het Fiche: Voorstel Omnibus I "
                + "(CSRD & CSDDD) (Kamerstuk 22112-4012)",
                "geannoteerde agenda voor de informele NAVO Foreign Ministers Meeting");
        assertTrue(ask(g, """
                ASK { GRAPH ?g { doc:2024D50227 kg:noemt <http://data.europa.eu/eli/dir/2022/2464/oj> ,
                      <http://data.europa.eu/eli/dir/2024/1760/oj> , <http://localhost:3030/id/entiteit/omnibus-i> ,
                      <http://localhost:3030/id/entiteit/navo> ; kg:citeert kamerstuk:22112-4012 } }"""));
    }
}
