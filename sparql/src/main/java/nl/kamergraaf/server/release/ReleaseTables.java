package nl.kamergraaf.server.release;

import static nl.kamergraaf.server.release.TableColumn.derived;
import static nl.kamergraaf.server.release.TableColumn.labels;
import static nl.kamergraaf.server.release.TableColumn.property;

import java.util.List;

import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Prefixes;

/**
 * What the CSV tables of a release hold: one table per main class, with the facts people look for first (titles,
 * dates, the dossier and zaak links, the fractie and the choice of a vote, the counts of a besluit), picked from the
 * ontology's {@code kg:} terms. Each column is a SPARQL pattern over the store's union graph, so a table says what
 * the graph says and nothing else. Values of linked things are their IRIs; where people need a name instead (the
 * kind of a document, the fractie of a vote), a derived column holds the Dutch label beside the IRI column.
 */
final class ReleaseTables {
    static final String OPENGOV = Prefixes.namespace("opengov");
    static final String RDFS_LABEL = RDFS.label.getURI();
    /** The prefixes the column patterns may use. */
    static final String PREFIXES = Prefixes.sparql(KG.PREFIX, "rdfs", "skos", "opengov");

    private ReleaseTables() {}

    // Columns that mean the same in every table that has them: one definition, so the tables cannot drift apart.
    private static final TableColumn TITEL = property("titel", "Titel", "Title", "string", kg("titel"));
    private static final TableColumn ONDERWERP = property("onderwerp", "Onderwerp", "Subject", "string", kg("onderwerp"));
    private static final TableColumn VERGADERJAAR = property("vergaderjaar", "Vergaderjaar", "Parliamentary year", "string", kg("vergaderjaar"));
    private static final TableColumn ZAAK = property("zaak", "Zaak", "Case", "anyURI", kg("zaak"));
    private static final TableColumn NUMMER = property("nummer", "Nummer (Tweede Kamer)", "Number (House)", "string", kg("nummer"));
    private static final TableColumn STATUS = conceptLabel("status", "Status", "Status", "kg:status");
    private static final TableColumn BIJGEWERKT = property("bijgewerkt", "Bijgewerkt", "Updated", "dateTime", kg("bijgewerkt"));

    static final ReleaseTable DOCUMENTEN = new ReleaseTable(DumpFormat.DOCUMENTEN, KG.NS + "Document", List.of(
            property("documentnummer", "Documentnummer", "Document number", "string", kg("documentnummer")),
            TITEL,
            ONDERWERP,
            property("datum", "Datum", "Date", "date", kg("datum")),
            conceptLabel("soort", "Documentsoort", "Document kind", "kg:documentsoort"),
            VERGADERJAAR,
            property("dossier", "Kamerstukdossier", "Parliamentary dossier", "anyURI", kg("dossier")),
            property("kamerstuk", "Kamerstuk", "Parliamentary paper", "anyURI", kg("kamerstuk")),
            ZAAK,
            property("ondertekenaar", "Ondertekenaar", "Signatory", "anyURI", kg("ondertekenaar")),
            property("citeert", "Citeert", "Cites", "anyURI", kg("citeert")),
            BIJGEWERKT));

    static final ReleaseTable ZAKEN = new ReleaseTable(DumpFormat.ZAKEN, KG.NS + "Zaak", List.of(
            property("zaaknummer", "Zaaknummer", "Case number", "string", kg("zaaknummer")),
            TITEL,
            ONDERWERP,
            conceptLabel("soort", "Zaaksoort", "Case kind", "kg:soort"),
            STATUS,
            conceptLabel("kabinetsappreciatie", "Kabinetsappreciatie", "Cabinet appraisal", "kg:kabinetsappreciatie"),
            property("afgedaan", "Afgedaan", "Closed", "boolean", kg("afgedaan")),
            VERGADERJAAR,
            property("indiener", "Indiener", "Submitter", "anyURI", kg("indiener")),
            BIJGEWERKT));

    static final ReleaseTable BESLUITEN = new ReleaseTable(DumpFormat.BESLUITEN, KG.NS + "Besluit", List.of(
            property("label", "Besluit", "Decision", "string", RDFS_LABEL),
            conceptLabel("soort", "Besluitsoort", "Decision kind", "kg:soort"),
            STATUS,
            conceptLabel("stemmingssoort", "Stemmingssoort", "Kind of vote", "kg:stemmingssoort"),
            ZAAK,
            property("agendapunt", "Agendapunt", "Agenda item", "anyURI", kg("agendapunt")),
            labels("uitslag", "Uitslag", "Result", "?uitslag kg:besluit ?thing ; a kg:Stemmingsuitslag ; opengov:result ?value ."),
            derived("stemmen_voor", "Stemmen voor", "Votes for", "integer", false, count("voor")),
            derived("stemmen_tegen", "Stemmen tegen", "Votes against", "integer", false, count("tegen")),
            derived("aantal_stemmingen", "Aantal stemmen (fracties en leden)", "Number of votes (groups and members)",
                    "integer", false, "{ SELECT ?thing (COUNT(DISTINCT ?stem) AS ?value) WHERE { ?stem a kg:Stemming ; kg:besluit ?thing } GROUP BY ?thing }"),
            BIJGEWERKT));

    static final ReleaseTable STEMMINGEN = new ReleaseTable(DumpFormat.STEMMINGEN, KG.NS + "Stemming", List.of(
            property("label", "Stem", "Vote", "string", RDFS_LABEL),
            property("besluit", "Besluit", "Decision", "anyURI", kg("besluit")),
            property("fractie", "Fractie", "Parliamentary group", "anyURI", OPENGOV + "organization"),
            labels("fractienaam", "Fractienaam", "Group name", "?thing opengov:organization ?value ."),
            property("persoon", "Kamerlid", "Member", "anyURI", OPENGOV + "person"),
            labels("keuze", "Stemkeuze", "Choice", "?thing opengov:option ?value ."),
            property("gewicht", "Gewicht (zetels)", "Weight (seats)", "integer", OPENGOV + "weight"),
            property("fractiegrootte", "Fractiegrootte", "Group size", "integer", kg("fractiegrootte")),
            property("vergissing", "Vergissing", "Mistake", "boolean", kg("vergissing")),
            BIJGEWERKT));

    static final ReleaseTable PERSONEN = new ReleaseTable(DumpFormat.PERSONEN, KG.NS + "Persoon", List.of(
            property("naam", "Naam", "Name", "string", kg("naam")),
            property("initialen", "Initialen", "Initials", "string", kg("initialen")),
            property("achternaam", "Achternaam", "Surname", "string", kg("achternaam")),
            property("functie", "Functie", "Position", "string", kg("functieOmschrijving")),
            NUMMER,
            property("werkzaam_bij", "Werkzaam bij", "Works for", "anyURI", kg("werkzaamBij")),
            BIJGEWERKT));

    static final ReleaseTable FRACTIES = new ReleaseTable(DumpFormat.FRACTIES, KG.NS + "Fractie", List.of(
            labels("naam", "Naam", "Name", "BIND(?thing AS ?value)"),
            property("afkorting", "Afkorting", "Abbreviation", "string", kg("afkorting")),
            NUMMER,
            derived("aantal_stemmen", "Aantal uitgebrachte stemmen", "Number of votes cast", "integer", false,
                    "{ SELECT ?thing (COUNT(DISTINCT ?stem) AS ?value) WHERE { ?stem a kg:Stemming ; opengov:organization ?thing } GROUP BY ?thing }"),
            BIJGEWERKT));

    static final ReleaseTable CITATIES = new ReleaseTable(DumpFormat.CITATIES, KG.NS + "Verwijzing", List.of(
            property("bron", "Bron (document)", "Source (document)", "anyURI", kg("bron")),
            property("doel", "Doel", "Target", "anyURI", kg("doel")),
            labels("doel_label", "Naam van het doel", "Name of the target", "?thing kg:doel ?value ."),
            property("verwijzingstekst", "Verwijzingstekst", "Reference text", "string", kg("verwijzingstekst")),
            property("gevonden_in", "Gevonden in (zin)", "Found in (sentence)", "string", kg("gevondenIn")),
            property("herkend_door", "Herkend door", "Recognised by", "string", kg("herkendDoor"))));

    /** Every table of a release, in the order of their files. */
    static final List<ReleaseTable> ALL = List.of(DOCUMENTEN, ZAKEN, BESLUITEN, STEMMINGEN, PERSONEN, FRACTIES, CITATIES);

    private static String kg(String localName) {
        return KG.NS + localName;
    }

    /**
     * The Dutch label of the concept a property of the thing points to (an enumeration such as the document kind;
     * a value off the scheme's list is a kg:OnbekendeWaarde with an rdfs:label).
     */
    private static TableColumn conceptLabel(String name, String titleNl, String titleEn, String property) {
        return labels(name, titleNl, titleEn, "?thing " + property + " ?value .");
    }

    /** The number of votes the vote event of a besluit counted for one choice ({@code stemkeuze/voor}, {@code .../tegen}). */
    private static String count(String stemkeuze) {
        return "{ SELECT ?thing (SUM(?n) AS ?value) WHERE { ?uitslag kg:besluit ?thing ; a kg:Stemmingsuitslag ; "
                + "opengov:count ?c . ?c opengov:option <https://w3id.org/kamergraaf/def/stemkeuze/" + stemkeuze
                + "> ; opengov:value ?n } GROUP BY ?thing }";
    }
}
